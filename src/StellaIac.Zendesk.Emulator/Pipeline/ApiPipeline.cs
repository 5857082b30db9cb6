using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.OAuth;

namespace StellaIac.Zendesk.Emulator.Pipeline;

/// <summary>
/// What stands in front of every /api request, outermost first: the .json suffix, the request log, fault
/// injection, latency, the rate limit and authentication.
/// </summary>
internal static class ApiPipeline
{
    private static readonly object Dropped = new();

    /// <summary>Logs the request as dropped; called before the connection is aborted, since the client may ask for the log as soon as it sees the drop.</summary>
    private static readonly object LogAsDropped = new();

    public static void UseZendeskPipeline(this WebApplication app, EmulatorOptions options, EmulatorServices services, TimeProvider time)
    {
        var (log, faults, issuer) = (services.Log, services.Faults, services.OAuth);
        var limiter = options.RateLimitPerMinute > 0 ? new RateLimitWindow(options.RateLimitPerMinute, time) : null;
        var accepted = new HashSet<string>(StringComparer.Ordinal)
        {
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Email}/token:{options.ApiToken}")),
            "Bearer " + options.OAuthToken,
        };

        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                context.Request.Path = path[..^".json".Length];
            }

            await next(context);
        });

        app.UseWhen(c => c.Request.Path.StartsWithSegments("/oauth", StringComparison.Ordinal), oauth => oauth.Use((context, next) => LogAsync(context, next, log, time)));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), api =>
        {
            api.Use((context, next) => LogAsync(context, next, log, time));
            api.Use((context, next) => InjectFaultsAsync(context, next, faults));
            if (options.Latency > TimeSpan.Zero)
            {
                api.Use(async (context, next) =>
                {
                    await Task.Delay(options.Latency, time, context.RequestAborted);
                    await next(context);
                });
            }

            if (limiter is not null)
            {
                api.Use((context, next) => LimitAsync(context, next, limiter));
            }

            api.Use((context, next) => AuthenticateAsync(context, next, accepted, issuer));
        });
    }

    /// <summary>
    /// The fixed API token and OAuth token, or a token from /oauth/tokens that has neither expired nor been revoked;
    /// an expired or revoked one gets Zendesk's 401 with <c>invalid_token</c>, anything else "Couldn't authenticate you".
    /// </summary>
    private static async Task AuthenticateAsync(HttpContext context, RequestDelegate next, HashSet<string> accepted, OAuthIssuer issuer)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var state = accepted.Contains(authorization) ? TokenState.Valid
            : authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? issuer.Check(authorization["Bearer ".Length..])
            : TokenState.Unknown;
        if (state == TokenState.Valid)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        if (state == TokenState.Unknown)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Web Password\"";
            await context.Response.WriteAsJsonAsync(new { error = "Couldn't authenticate you" });
            return;
        }

        var why = state == TokenState.Expired ? "The access token expired" : "The access token was revoked";
        context.Response.Headers.WWWAuthenticate = $"Bearer realm=\"Doorkeeper\", error=\"invalid_token\", error_description=\"{why}\"";
        await context.Response.WriteAsJsonAsync(new { error = "invalid_token", error_description = why });
    }

    private static async Task LogAsync(HttpContext context, RequestDelegate next, RequestLog log, TimeProvider time)
    {
        var started = Stopwatch.GetTimestamp();
        var at = time.GetUtcNow();
        context.Request.EnableBuffering();
        JsonNode? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            context.Request.Body.Position = 0;
            try
            {
                body = RequestLog.Redact(JsonNode.Parse(text));
            }
            catch (System.Text.Json.JsonException)
            {
                body = JsonValue.Create(text.Length > 200 ? text[..200] : text);
            }
        }

        var logged = 0;
        void Record(int status)
        {
            if (Interlocked.Exchange(ref logged, 1) == 0)
            {
                log.Add(new LoggedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, status, at, Stopwatch.GetElapsedTime(started).TotalMilliseconds, body));
            }
        }

        context.Items[LogAsDropped] = (Action)(() => Record(0));
        try
        {
            await next(context);
        }
        finally
        {
            Record(context.Items.ContainsKey(Dropped) || context.RequestAborted.IsCancellationRequested ? 0 : context.Response.StatusCode);
        }
    }

    private static async Task InjectFaultsAsync(HttpContext context, RequestDelegate next, FaultInjector faults)
    {
        var fault = faults.Take(context.Request.Method, context.Request.Path.Value ?? "/");
        if (fault is null)
        {
            await next(context);
            return;
        }

        if (fault.DelayMs > 0)
        {
            await Task.Delay(fault.DelayMs, context.RequestAborted);
        }

        if (!fault.AfterHandling)
        {
            await AnswerAsync(context, fault);
            return;
        }

        var original = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        await next(context);
        context.Response.Body = original;
        if (fault.Drop || fault.Status is not null)
        {
            context.Response.Clear();
            await AnswerAsync(context, fault);
            return;
        }

        held.Position = 0;
        await held.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task AnswerAsync(HttpContext context, Fault fault)
    {
        if (fault.Drop)
        {
            context.Items[Dropped] = true;
            (context.Items[LogAsDropped] as Action)?.Invoke();
            context.Abort();
            return;
        }

        if (fault.Status is { } status)
        {
            context.Response.StatusCode = status;
            if (fault.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(fault.Body ?? $"{{\"error\":\"InjectedFault\",\"description\":\"The emulator answered {status} on purpose.\"}}");
        }
    }

    private static async Task LimitAsync(HttpContext context, RequestDelegate next, RateLimitWindow limiter)
    {
        var (allowed, remaining, reset) = limiter.Take();
        var headers = context.Response.Headers;
        var limit = limiter.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-Rate-Limit"] = limit;
        headers["X-Rate-Limit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["ratelimit-limit"] = limit;
        headers["ratelimit-remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["ratelimit-reset"] = reset.ToString(CultureInfo.InvariantCulture);
        if (!allowed)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            headers.RetryAfter = reset.ToString(CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new { error = "TooManyRequests", description = $"Rate limit of {limit} requests per minute exceeded; retry after {reset} s." });
            return;
        }

        await next(context);
    }
}
