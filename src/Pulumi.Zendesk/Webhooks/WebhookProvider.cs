using System.Collections.Immutable;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Webhooks;
using ZendeskWebhook = StellaIac.Zendesk.Webhooks.Webhook;

namespace Pulumi.Zendesk.Webhooks;

/// <summary>
/// Webhooks. Zendesk never returns a password, so the state keeps a keyed fingerprint of the credentials: a new
/// key in the stack is seen and sent, but a password changed by hand in Zendesk cannot be seen. Zendesk does
/// return a basic-auth username, which the state keeps: one changed by hand shows as drift.
/// </summary>
internal sealed class WebhookProvider(ZendeskClient client, ZendeskLookups lookups) : ResourceProvider(client, lookups)
{
    public const string Token = "zendesk:index:Webhook";
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] Formats = ["json", "xml", "form_encoded"];

    public static ResourceSchema Declared { get; } = ResourceSchema.For<WebhookArgs>(Token, "A Zendesk webhook: where triggers send their notifications (Stella Connect's API). Zendesk never returns its credentials; the state keeps a keyed fingerprint of them.")
        .Input("name", required: true, description: "The webhook's name (\"Stella Connect\").")
        .Input("endpoint", required: true, description: "The https URL Zendesk calls.")
        .Input("httpMethod", description: "GET, POST (the default), PUT, PATCH or DELETE.")
        .Input("requestFormat", description: "json (the default), xml or form_encoded.")
        .Input("status", description: "active (the default) or inactive.")
        .Input("subscriptions", replaceOnChange: true, description: "[\"conditional_ticket_events\"] (the default) for a webhook that triggers notify; a change replaces the webhook.")
        .Input("description", description: "What the webhook is for.")
        .Input("authentication", secret: true, compare: Compare.Fingerprint, description: "How the webhook authenticates: basic_auth (Stella Connect: username connect, the API key as password) or bearer_token. Always secret.")
        .Output<string>("id")
        .Output<string>("authenticationFingerprint", "A keyed fingerprint of the credentials, which Zendesk never returns: compares across stacks without revealing them.");

    public override ResourceSchema Schema => Declared;

    public override Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var news = request.NewInputs;
        var failures = Schema.MissingRequired(news).ToList();
        var inputs = news
            .With("httpMethod", Props.String(news, "httpMethod") ?? "POST")
            .With("requestFormat", Props.String(news, "requestFormat") ?? "json")
            .With("status", Props.String(news, "status") ?? "active");
        if (!news.ContainsKey("subscriptions"))
        {
            inputs = inputs.With("subscriptions", Props.Strings([WebhookSubscriptions.ConditionalTicketEvents]));
        }

        if (Props.String(news, "endpoint") is { Length: > 0 } endpoint && !Props.IsUnknown(news, "endpoint")
            && (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add(Diagnostic.Invalid("endpoint", $"must be an absolute https URL (Zendesk refuses anything else), got '{endpoint}'"));
        }

        OneOf(failures, inputs, "httpMethod", Methods);
        OneOf(failures, inputs, "requestFormat", Formats);
        OneOf(failures, inputs, "status", ["active", "inactive"]);
        var subscriptions = Props.List(inputs, "subscriptions").Select(Props.Text).ToList();
        if (subscriptions.Contains(WebhookSubscriptions.ConditionalTicketEvents) && subscriptions.Count > 1)
        {
            failures.Add(Diagnostic.Invalid("subscriptions", "a webhook that triggers notify subscribes to conditional_ticket_events only"));
        }

        if (inputs.TryGetValue("authentication", out var auth) && auth.TryGetMap(out var authMap))
        {
            var type = Props.String(authMap, "type") ?? "basic_auth";
            if (type is not ("basic_auth" or "bearer_token"))
            {
                failures.Add(Diagnostic.Invalid("authentication.type", $"must be basic_auth or bearer_token, got '{type}'"));
            }

            if (type == "basic_auth" && string.IsNullOrWhiteSpace(Props.String(authMap, "username")) && !Props.IsUnknown(authMap, "username"))
            {
                failures.Add(Diagnostic.Invalid("authentication.username", "basic auth needs a username (Stella Connect's is 'connect')"));
            }

            if (string.IsNullOrEmpty(Props.String(authMap, "password")) && !Props.IsUnknown(authMap, "password"))
            {
                failures.Add(Diagnostic.Invalid("authentication.password", "the credential is required (for Stella Connect: the stack's API key)"));
            }

            // The schema marks the whole authentication secret (ZendeskProvider.Check); here only its default type.
            inputs = inputs.With("authentication", PropertyValue.FromMap(authMap.SetItem("type", type)));
        }

        return Task.FromResult(new CheckResponse { Inputs = inputs, Failures = failures });
    }

    public override Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct)
        => Task.FromResult(Schema.Diff(request.OldInputs, request.OldOutputs, request.NewInputs, AuthenticationFingerprint));

    public override async Task<CreateResponse> Create(CreateRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return new CreateResponse(null, Outputs(request.Inputs, null));
        }

        return await CreateOrRecoverAsync(request, async () =>
        {
            var created = await Zendesk.Webhooks.CreateAsync(Content(request.Inputs), ct);
            return new CreateResponse(created.Id, Outputs(request.Inputs, created.Id));
        }, ct);
    }

    public override async Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await ReadOrGone(async () => Read(request, await Zendesk.Webhooks.GetAsync(request.Id, ct)));
    }

    private static ReadResponse Read(ReadRequest request, ZendeskWebhook webhook)
    {
        var inputs = PropertyMap.Empty
            .With("name", webhook.Name)
            .With("endpoint", webhook.Endpoint)
            .With("httpMethod", webhook.HttpMethod)
            .With("requestFormat", webhook.RequestFormat)
            .With("status", webhook.Status)
            .With("subscriptions", Props.Strings(webhook.Subscriptions))
            .With("description", string.IsNullOrEmpty(webhook.Description) ? null : webhook.Description);
        var usernameChanged = false;
        if (webhook.Authentication is { } live)
        {
            // Zendesk returns the type and a basic-auth username, never the password: that stays what the state last sent.
            var known = Props.Map(request.Inputs, "authentication");
            var auth = Props.String(known, "type") == live.Type ? known : PropertyMap.Empty.With("type", live.Type);
            if (live.Data?.GetValueOrDefault("username") is { } username)
            {
                usernameChanged = Props.String(auth, "username") != username;
                auth = auth.SetItem("username", new PropertyValue(username));
            }

            inputs = inputs.With("authentication", PropertyValue.FromMap(auth));
        }

        // A username changed in Zendesk makes a new fingerprint (its username, the state's password), which a refresh reports as drift.
        var outputs = Outputs(inputs, webhook.Id);
        if (Props.String(request.Outputs, "authenticationFingerprint") is { } kept && inputs.ContainsKey("authentication") && !usernameChanged)
        {
            outputs = outputs.With("authenticationFingerprint", kept);
        }

        return new ReadResponse(webhook.Id, inputs, outputs);
    }

    public override async Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct)
    {
        if (!request.Preview)
        {
            await Zendesk.Webhooks.UpdateAsync(request.Id, Content(request.NewInputs), ct);
        }

        return new UpdateResponse(Outputs(request.NewInputs, request.Id));
    }

    public override Task Delete(DeleteRequest request, CancellationToken ct)
        => DeleteIfPresent(() => Zendesk.Webhooks.DeleteAsync(request.Id, ct));

    /// <summary>The seed's manual setup may already exist: a webhook with the same name and endpoint is adopted.</summary>
    protected override (string Property, string Value)? NaturalKey(ImmutableDictionary<string, PropertyValue> inputs)
        => Props.String(inputs, "name") is { } name && Props.String(inputs, "endpoint") is { } endpoint ? ("name", $"{name}|{endpoint}") : null;

    protected override async Task<string?> FindAsync(ImmutableDictionary<string, PropertyValue> inputs, CancellationToken ct)
    {
        var name = Props.String(inputs, "name")!;
        var endpoint = Props.String(inputs, "endpoint")!;

        await foreach (var webhook in Zendesk.Webhooks.ListAsync(new WebhookFilter { NameContains = name }, ct))
        {
            if (webhook.Name == name && string.Equals(webhook.Endpoint.TrimEnd('/'), endpoint.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                return webhook.Id;
            }
        }

        return null;
    }

    private static WebhookContent Content(ImmutableDictionary<string, PropertyValue> inputs) => new()
    {
        Name = Props.String(inputs, "name")!,
        Endpoint = Props.String(inputs, "endpoint")!,
        HttpMethod = Props.String(inputs, "httpMethod") ?? "POST",
        RequestFormat = Props.String(inputs, "requestFormat") ?? "json",
        Status = Props.String(inputs, "status") ?? "active",
        Subscriptions = [.. Props.List(inputs, "subscriptions").Select(s => Props.Text(s)!)],
        Description = Props.String(inputs, "description"),
        Authentication = Props.Map(inputs, "authentication") is { Count: > 0 } auth ? Authentication(auth) : null,
    };

    private static WebhookAuthentication Authentication(ImmutableDictionary<string, PropertyValue> auth)
        => Props.String(auth, "type") == "bearer_token"
            ? WebhookAuthentication.BearerToken(Props.String(auth, "password") ?? "")
            : WebhookAuthentication.Basic(Props.String(auth, "username") ?? "", Props.String(auth, "password") ?? "");

    /// <summary>The inputs without the credential, the id, and the credential's fingerprint in its place.</summary>
    private static ImmutableDictionary<string, PropertyValue> Outputs(ImmutableDictionary<string, PropertyValue> inputs, string? id)
    {
        var outputs = inputs.SetItem("id", id is null ? PropertyValue.Computed : new PropertyValue(id));
        if (inputs.TryGetValue("authentication", out var auth) && auth.TryGetMap(out var map))
        {
            outputs = outputs.SetItem("authentication", PropertyValue.FromMap(map.Remove("password")))
                .SetItem("authenticationFingerprint", AuthenticationFingerprint(auth));
        }

        return outputs;
    }

    private static string AuthenticationFingerprint(PropertyValue auth)
        => auth.TryGetMap(out var map) && Props.String(map, "password") is { } password
            ? SecretFingerprint.Of($"{Props.String(map, "type")}\n{Props.String(map, "username")}\n{password}")
            : "";

    private static void OneOf(List<Diagnostic> failures, ImmutableDictionary<string, PropertyValue> inputs, string name, string[] allowed)
    {
        if (Props.String(inputs, name) is { } value && !Props.IsUnknown(inputs, name) && !allowed.Contains(value, StringComparer.Ordinal))
        {
            failures.Add(Diagnostic.Invalid(name, $"must be one of {string.Join(", ", allowed)}, got '{value}'"));
        }
    }
}
