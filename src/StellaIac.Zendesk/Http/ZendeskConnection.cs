using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Polly;
using Polly.Timeout;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.Json;

namespace StellaIac.Zendesk.Http;

/// <summary>
/// The one place that talks HTTP to Zendesk: authentication, retries, rate-limit pacing, error mapping,
/// JSON envelopes and cursor pagination. Area clients call it with one line each.
/// </summary>
public sealed class ZendeskConnection : IDisposable
{
    private const int PageSize = 100;
    private readonly HttpClient http;
    private readonly ZendeskClientOptions options;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ResiliencePipeline attempt;
    private readonly RateLimitGovernor governor;
    private readonly AuthenticationHeaderValue? fixedAuthorization;
    private readonly OAuthTokenSource? tokens;

    public ZendeskConnection(ZendeskClientOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = options.Endpoint.BaseAddress;
        http.Timeout = Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue(options.UserAgent, "1.0"));
        fixedAuthorization = options.Credentials.ToHeader();
        tokens = options.Credentials.Grant is { } grant ? new OAuthTokenSource(http, grant, options.AttemptTimeout, options.TimeProvider) : null;
        pipeline = RetryPolicy.Build(options.Retry, options.TimeProvider);
        attempt = RetryPolicy.BuildAttempt(options.AttemptTimeout, options.TimeProvider);
        governor = new RateLimitGovernor(options.RateLimitReserve, options.TimeProvider);
    }

    public ZendeskEndpoint Endpoint => options.Endpoint;

    public async Task<T> GetAsync<T>(string path, string envelope, CancellationToken ct)
    {
        using var document = await SendForJsonAsync(HttpMethod.Get, path, null, Idempotency.Idempotent, [], ct);
        return Unwrap<T>(document, envelope, HttpMethod.Get, path);
    }

    /// <summary>Sends a body and reads <paramref name="envelope"/> from the answer.</summary>
    public async Task<T> SendAsync<T>(HttpMethod method, string path, object body, string envelope, CancellationToken ct, Idempotency? idempotency = null, IReadOnlyList<string>? secrets = null)
    {
        using var document = await SendForJsonAsync(method, path, body, idempotency ?? DefaultIdempotency(method), secrets ?? [], ct);
        return Unwrap<T>(document, envelope, method, path);
    }

    /// <summary>Sends a request whose answer has no body worth reading (204).</summary>
    public async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken ct, Idempotency? idempotency = null, IReadOnlyList<string>? secrets = null)
    {
        using var document = await SendForJsonAsync(method, path, body, idempotency ?? DefaultIdempotency(method), secrets ?? [], ct);
    }

    /// <summary>
    /// Streams a list through cursor pagination: page[size]=100, then the same request with the next page's
    /// cursor (<see cref="PageCursor"/>) while meta.has_more. Every page goes to the configured host.
    /// </summary>
    public async IAsyncEnumerable<T> PageAsync<T>(string path, string collection, IEnumerable<KeyValuePair<string, string>>? query, [EnumeratorCancellation] CancellationToken ct)
    {
        var first = (query ?? []).Where(p => p.Key != PageCursor.After).Append(new("page[size]", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        string? next = WithQuery(path, first);
        while (next is not null)
        {
            var pagePath = next;
            using var document = await SendForJsonAsync(HttpMethod.Get, pagePath, null, Idempotency.Idempotent, [], ct);
            var root = document!.RootElement;
            if (!root.TryGetProperty(collection, out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw Malformed(HttpMethod.Get, pagePath, $"the answer has no '{collection}' list");
            }

            foreach (var item in items.EnumerateArray())
            {
                yield return item.Deserialize<T>(ZendeskJson.Options)!;
            }

            string? cursor;
            try
            {
                cursor = PageCursor.Next(root);
            }
            catch (FormatException ex)
            {
                throw Malformed(HttpMethod.Get, pagePath, ex.Message);
            }

            next = cursor is null ? null : WithQuery(path, first.Append(new(PageCursor.After, cursor)));
        }
    }

    public void Dispose()
    {
        tokens?.Dispose();
        http.Dispose();
    }

    public override string ToString() => $"Zendesk at {options.Endpoint} ({options.Credentials})";

    /// <summary>GET, PUT, PATCH and DELETE set absolute state in Zendesk's API; POST creates or triggers.</summary>
    private static Idempotency DefaultIdempotency(HttpMethod method)
        => method == HttpMethod.Post ? Idempotency.NotIdempotent : Idempotency.Idempotent;

    private static string WithQuery(string path, IEnumerable<KeyValuePair<string, string>> query)
    {
        var parts = query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}").ToList();
        return parts.Count == 0 ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{string.Join('&', parts)}";
    }

    private static T Unwrap<T>(JsonDocument? document, string envelope, HttpMethod method, string path)
    {
        if (document is null)
        {
            throw Malformed(method, path, "the answer is empty");
        }

        var element = envelope.Length == 0 ? document.RootElement
            : document.RootElement.TryGetProperty(envelope, out var inner) ? inner
            : throw Malformed(method, path, $"the answer has no '{envelope}'");
        return element.Deserialize<T>(ZendeskJson.Options) ?? throw Malformed(method, path, $"'{envelope}' is null");
    }

    private static ZendeskException Malformed(HttpMethod method, string path, string why)
        => new(method, StripQuery(path), null, ZendeskError.Empty, $"Zendesk {method} {StripQuery(path)} answered something this client cannot read: {why}.");

    private static string StripQuery(string path) => "/" + path.Split('?', 2)[0].TrimStart('/');

    private async Task<JsonDocument?> SendForJsonAsync(HttpMethod method, string path, object? body, Idempotency idempotency, IReadOnlyList<string> secrets, CancellationToken ct)
    {
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ZendeskJson.Options);
        var display = StripQuery(path);
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(RetryPolicy.Idempotent, idempotency == Idempotency.Idempotent);
        var attempts = 0;
        HttpResponseMessage response;
        AuthenticationHeaderValue? sentWith = null;
        var renewed = false;
        try
        {
            retryWithNewToken:
            response = await pipeline.ExecuteAsync(
                async ctx =>
                {
                    attempts++;
                    if (options.Pacer is { } pacer)
                    {
                        await pacer.WaitTurnAsync(ctx.CancellationToken);
                    }

                    var throttle = governor.TakeDelay();
                    if (throttle > TimeSpan.Zero)
                    {
                        await Task.Delay(throttle, options.TimeProvider, ctx.CancellationToken);
                    }

                    var started = Stopwatch.GetTimestamp();
                    using var request = new HttpRequestMessage(method, path);
                    sentWith = fixedAuthorization ?? await tokens!.HeaderAsync(ctx.CancellationToken);
                    request.Headers.Authorization = sentWith;
                    if (payload is not null)
                    {
                        request.Content = new ByteArrayContent(payload) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } };
                    }

                    try
                    {
                        var answer = await attempt.ExecuteAsync(
                            async token => await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token),
                            ctx.CancellationToken);
                        governor.Observe(answer);
                        Report(method, display, attempts, answer.StatusCode, started, throttle, null);
                        return answer;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException or TimeoutRejectedException)
                    {
                        Report(method, display, attempts, null, started, throttle, ex.GetType().Name);
                        throw;
                    }
                },
                context);

            // A 401 for an expired or revoked token means Zendesk did nothing: the request goes once more, with a new token.
            if (tokens is not null && !renewed && await TokenRejectedAsync(response, ct))
            {
                renewed = true;
                tokens.Forget(sentWith!);
                response.Dispose();
                goto retryWithNewToken;
            }
        }
        catch (TimeoutRejectedException ex)
        {
            throw new ZendeskTransportException(method, display, $"no answer within {options.AttemptTimeout.TotalSeconds:0.###} s ({attempts} attempt(s))", ex) { MayHaveBeenApplied = payload is not null || method != HttpMethod.Get };
        }
        catch (HttpRequestException ex)
        {
            var neverConnected = ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;
            var reason = neverConnected
                ? $"could not connect to {options.Endpoint.BaseAddress.Authority} ({attempts} attempt(s))"
                : $"the connection to {options.Endpoint.BaseAddress.Authority} dropped before an answer ({attempts} attempt(s))";
            throw new ZendeskTransportException(method, display, reason, ex) { MayHaveBeenApplied = !neverConnected };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode)
            {
                return string.IsNullOrWhiteSpace(text) ? null : JsonDocument.Parse(text);
            }

            var error = Scrub(ZendeskError.Parse(text), secrets);
            throw ZendeskErrors.FromResponse(method, display, response.StatusCode, error, RetryPolicy.RetryAfter(response, options.TimeProvider));
        }
    }

    private ZendeskError Scrub(ZendeskError error, IReadOnlyList<string> secrets)
        => error.Redacted([.. options.Credentials.SecretValues, .. tokens?.SecretValues ?? [], .. secrets]);

    /// <summary>Zendesk's answer to a bearer token that expired or was revoked: 401 with <c>invalid_token</c> in WWW-Authenticate or the body.</summary>
    private static async Task<bool> TokenRejectedAsync(HttpResponseMessage response, CancellationToken ct)
        => response.StatusCode == HttpStatusCode.Unauthorized
            && (response.Headers.WwwAuthenticate.Any(h => h.Parameter?.Contains("invalid_token", StringComparison.Ordinal) == true)
                || (await response.Content.ReadAsStringAsync(ct)).Contains("invalid_token", StringComparison.Ordinal));

    private void Report(HttpMethod method, string path, int attempt, HttpStatusCode? status, long started, TimeSpan throttle, string? failure)
        => options.OnRequest?.Invoke(new ZendeskRequestEvent(method, path, attempt, status, Stopwatch.GetElapsedTime(started), throttle, failure));
}
