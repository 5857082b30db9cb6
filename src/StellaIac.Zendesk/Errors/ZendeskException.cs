using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>A request to Zendesk failed. The message says what was asked and what Zendesk said; never a credential.</summary>
public class ZendeskException : Exception
{
    public ZendeskException(HttpMethod method, string path, HttpStatusCode? status, ZendeskError error, string? message = null, Exception? inner = null)
        : base(message ?? Describe(method, path, status, error), inner)
    {
        Method = method;
        Path = path;
        Status = status;
        Error = error;
    }

    public HttpMethod Method { get; }

    /// <summary>The API path, without query string.</summary>
    public string Path { get; }

    /// <summary>The HTTP status; null when no response came back.</summary>
    public HttpStatusCode? Status { get; }

    public ZendeskError Error { get; }

    private static string Describe(HttpMethod method, string path, HttpStatusCode? status, ZendeskError error)
    {
        var said = error.ToString();
        var what = status is { } code ? $"{(int)code} {ReasonPhrase(code)}" : "no response";
        return string.IsNullOrEmpty(said)
            ? $"Zendesk {method} {path} failed: {what}."
            : $"Zendesk {method} {path} failed: {what}: {said}";
    }

    private static string ReasonPhrase(HttpStatusCode code) => code switch
    {
        HttpStatusCode.UnprocessableEntity => "Unprocessable Entity",
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        _ => System.Text.RegularExpressions.Regex.Replace(code.ToString(), "(?<=[a-z])(?=[A-Z])", " "),
    };
}
