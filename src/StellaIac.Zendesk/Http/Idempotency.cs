namespace StellaIac.Zendesk.Http;

/// <summary>Whether sending a request twice has the effect of sending it once: only then is it retried after a possible apply.</summary>
public enum Idempotency
{
    NotIdempotent,
    Idempotent,
}
