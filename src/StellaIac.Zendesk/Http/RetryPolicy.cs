using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace StellaIac.Zendesk.Http;

/// <summary>
/// The retry pipeline. A 429 means Zendesk did not process the request, so every request is retried after
/// Retry-After. A 5xx, a timeout or a dropped connection may come after Zendesk applied the request, so
/// only idempotent requests are retried then; a connection that was never established is safe for all.
/// </summary>
internal static class RetryPolicy
{
    public static readonly ResiliencePropertyKey<bool> Idempotent = new("zendesk.idempotent");

    public static ResiliencePipeline<HttpResponseMessage> Build(RetryOptions options, TimeProvider time)
        => new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, args.Context, options)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, time) : null),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .Build();

    /// <summary>The per-attempt timeout; it runs inside each retry, after any rate-limit pacing.</summary>
    public static ResiliencePipeline BuildAttempt(TimeSpan attemptTimeout, TimeProvider time)
        => new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = attemptTimeout })
            .Build();

    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, RetryOptions options)
    {
        var idempotent = context.Properties.GetValue(Idempotent, false);
        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
                HttpRequestException or TimeoutRejectedException or IOException => idempotent,
                _ => false,
            };
        }

        var response = outcome.Result!;
        var status = response.StatusCode;
        if (status == HttpStatusCode.TooManyRequests)
        {
            return RetryAfter(response, TimeProvider.System) is not { } wait || wait <= options.MaxRetryAfter;
        }

        if (status == HttpStatusCode.ServiceUnavailable && RetryAfter(response, TimeProvider.System) is { } unavailableFor && unavailableFor > options.MaxRetryAfter)
        {
            return false;
        }

        return idempotent && (int)status >= 500;
    }
}
