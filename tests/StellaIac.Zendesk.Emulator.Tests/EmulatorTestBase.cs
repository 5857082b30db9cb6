using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Control;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>Each test starts from a new account. Requests are raw HTTP, as any Zendesk client would send them.</summary>
public abstract class EmulatorTestBase(EmulatorFixture zendesk) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    protected EmulatorFixture Zendesk { get; } = zendesk;

    protected EmulatorControl Control => Zendesk.Control;

    protected HttpClient Http => Zendesk.Http;

    public Task InitializeAsync() => Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    protected async Task<JsonObject> CreateAsync(string path, string json, string envelope)
    {
        var (status, body, _) = await SendAsync(HttpMethod.Post, path, json);
        Assert.True(status is 200 or 201, $"POST {path} answered {status}: {body?.ToJsonString()}");
        return body![envelope]!.AsObject();
    }

    protected static string StellaWebhook(string password = "key-1")
        => "{\"webhook\":{\"name\":\"Stella Connect\",\"endpoint\":\"https://api.stellaconnect.net/v1/auth\",\"http_method\":\"POST\",\"request_format\":\"json\",\"status\":\"active\","
           + "\"subscriptions\":[\"conditional_ticket_events\"],\"authentication\":{\"type\":\"basic_auth\",\"add_position\":\"header\",\"data\":{\"username\":\"connect\",\"password\":\"" + password + "\"}}}}";


    protected static JsonContent Json(object value) => JsonContent.Create(value);
}
