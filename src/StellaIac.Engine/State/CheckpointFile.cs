using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.State;

/// <summary>
/// A checkpoint in Pulumi's file-backend format: <c>{"version": 3, "checkpoint": {"stack", "latest": deployment}}</c>,
/// the deployment holding a manifest (whose magic is the SHA-256 of its version), the secrets provider's
/// state, the resources and the pending operations.
/// </summary>
public static class CheckpointFile
{
    public const string ManifestVersion = "v0.1.0-stellaiac";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Magic(string version)
        => version.Length == 0 ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version)));

    /// <summary>
    /// The checkpoint's text. <paramref name="cache"/> keeps each resource's serialised form (states are
    /// immutable), so a run that writes after every step re-serialises, and re-encrypts, only what changed.
    /// </summary>
    public static string Serialize(Checkpoint checkpoint, Func<ISecretCrypter>? crypter, ConditionalWeakTable<ResourceState, string>? cache = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        string Text(ResourceState resource)
            => cache is null ? Resource(resource, crypter).ToJsonString(Indented) : cache.GetValue(resource, r => Resource(r, crypter).ToJsonString(Indented));

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 3);
            json.WriteStartObject("checkpoint");
            json.WriteString("stack", checkpoint.Stack);
            json.WriteStartObject("latest");
            json.WriteStartObject("manifest");
            json.WriteString("time", checkpoint.Time.ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
            json.WriteString("magic", Magic(ManifestVersion));
            json.WriteString("version", ManifestVersion);
            json.WriteEndObject();
            if (checkpoint.SecretsSalt is { } salt)
            {
                json.WriteStartObject("secrets_providers");
                json.WriteString("type", "passphrase");
                json.WriteStartObject("state");
                json.WriteString("salt", salt);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteStartArray("resources");
            foreach (var resource in checkpoint.Resources)
            {
                json.WriteRawValue(Text(resource), skipInputValidation: true);
            }

            json.WriteEndArray();
            if (checkpoint.PendingOperations.Length > 0)
            {
                json.WriteStartArray("pending_operations");
                foreach (var pending in checkpoint.PendingOperations)
                {
                    json.WriteStartObject();
                    json.WritePropertyName("resource");
                    json.WriteRawValue(Text(pending.Resource), skipInputValidation: true);
                    json.WriteString("type", pending.Type);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartObject("metadata");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Checkpoint Deserialize(string json, string path, Func<ISecretCrypter>? crypter, Action<string>? saltFound = null)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException ex)
        {
            throw new StateException($"{path} is not a checkpoint: {ex.Message}", ex);
        }

        var version = root["version"]?.GetValue<int>() ?? 0;
        if (version is not (3 or 4))
        {
            throw new StateException($"{path} is a version {version} checkpoint; the engine reads versions 3 and 4.");
        }

        var checkpoint = root["checkpoint"] as JsonObject ?? throw new StateException($"{path} has no 'checkpoint'.");
        var latest = checkpoint["latest"] as JsonObject;
        if (latest?["manifest"] is JsonObject manifest && manifest["version"]?.GetValue<string>() is { } manifestVersion
            && manifest["magic"]?.GetValue<string>() is { } magic && magic != Magic(manifestVersion))
        {
            throw new StateException($"{path} failed its integrity check (magic cookie mismatch): it was edited by hand or damaged. Restore it from {path}.bak or the backups folder.");
        }

        var salt = latest?["secrets_providers"]?["state"]?["salt"]?.GetValue<string>();
        if (salt is not null)
        {
            saltFound?.Invoke(salt);
        }

        return new Checkpoint
        {
            Stack = checkpoint["stack"]?.GetValue<string>() ?? "",
            Time = latest?["manifest"]?["time"] is JsonValue time && DateTimeOffset.TryParse(time.GetValue<string>(), CultureInfo.InvariantCulture, out var at) ? at : DateTimeOffset.MinValue,
            SecretsSalt = salt,
            Resources = [.. (latest?["resources"] as JsonArray ?? []).OfType<JsonObject>().Select(r => ReadResource(r, path, crypter))],
            PendingOperations = [.. (latest?["pending_operations"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(p => new PendingOperation(ReadResource((JsonObject)p["resource"]!, path, crypter), p["type"]?.GetValue<string>() ?? "updating"))],
        };
    }

    private static JsonObject Resource(ResourceState resource, Func<ISecretCrypter>? crypter)
    {
        var json = new JsonObject { ["urn"] = resource.Urn, ["custom"] = resource.Custom };
        if (resource.Delete)
        {
            json["delete"] = true;
        }

        if (resource.Id is { } id)
        {
            json["id"] = id;
        }

        json["type"] = resource.Type;
        if (resource.Inputs.Count > 0)
        {
            json["inputs"] = PropertyJson.ToJson(resource.Inputs, crypter);
        }

        if (resource.Outputs.Count > 0)
        {
            json["outputs"] = PropertyJson.ToJson(resource.Outputs, crypter);
        }

        if (resource.Parent is { } parent)
        {
            json["parent"] = parent;
        }

        if (resource.Protect)
        {
            json["protect"] = true;
        }

        if (resource.RetainOnDelete)
        {
            json["retainOnDelete"] = true;
        }

        if (resource.Provider is { } provider)
        {
            json["provider"] = provider;
        }

        if (resource.Dependencies.Length > 0)
        {
            json["dependencies"] = new JsonArray([.. resource.Dependencies.Select(d => (JsonNode)d)]);
        }

        if (resource.PropertyDependencies.Count > 0)
        {
            var byProperty = new JsonObject();
            foreach (var (property, urns) in resource.PropertyDependencies.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                byProperty[property] = new JsonArray([.. urns.Select(u => (JsonNode)u)]);
            }

            json["propertyDependencies"] = byProperty;
        }

        if (resource.ImportId is { } importId)
        {
            json["importID"] = importId;
        }

        if (resource.IgnoreChanges.Length > 0)
        {
            json["ignoreChanges"] = new JsonArray([.. resource.IgnoreChanges.Select(i => (JsonNode)i)]);
        }

        if (resource.Created is { } created)
        {
            json["created"] = created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
        }

        if (resource.Modified is { } modified)
        {
            json["modified"] = modified.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
        }

        return json;
    }

    private static ResourceState ReadResource(JsonObject json, string path, Func<ISecretCrypter>? crypter) => new()
    {
        Urn = json["urn"]!.GetValue<string>(),
        Type = json["type"]!.GetValue<string>(),
        Custom = json["custom"]?.GetValue<bool>() ?? false,
        Delete = json["delete"]?.GetValue<bool>() ?? false,
        Id = json["id"]?.GetValue<string>() is { Length: > 0 } id ? id : null,
        Inputs = ReadProperties(json, "inputs", path, crypter),
        Outputs = ReadProperties(json, "outputs", path, crypter),
        Parent = json["parent"]?.GetValue<string>(),
        Protect = json["protect"]?.GetValue<bool>() ?? false,
        RetainOnDelete = json["retainOnDelete"]?.GetValue<bool>() ?? false,
        Provider = json["provider"]?.GetValue<string>(),
        Dependencies = [.. (json["dependencies"] as JsonArray ?? []).Select(d => d!.GetValue<string>())],
        PropertyDependencies = (json["propertyDependencies"] as JsonObject ?? [])
            .ToImmutableDictionary(p => p.Key, p => (p.Value as JsonArray ?? []).Select(d => d!.GetValue<string>()).ToImmutableArray()),
        ImportId = json["importID"]?.GetValue<string>(),
        IgnoreChanges = [.. (json["ignoreChanges"] as JsonArray ?? []).Select(d => d!.GetValue<string>())],
        Created = json["created"]?.GetValue<string>() is { } created ? DateTimeOffset.Parse(created, CultureInfo.InvariantCulture) : null,
        Modified = json["modified"]?.GetValue<string>() is { } modified ? DateTimeOffset.Parse(modified, CultureInfo.InvariantCulture) : null,
    };

    /// <summary>A resource's inputs or outputs; a secret that does not decrypt names the file, the resource, the property and what to do.</summary>
    private static ImmutableDictionary<string, PropertyValue> ReadProperties(JsonObject resource, string section, string path, Func<ISecretCrypter>? crypter)
    {
        if (resource[section] is not JsonObject properties)
        {
            return PropertyMap.Empty;
        }

        var read = ImmutableDictionary.CreateBuilder<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var (name, node) in properties)
        {
            try
            {
                read[name] = PropertyJson.FromJson(node, crypter);
            }
            catch (CryptographicException)
            {
                throw new ConfigurationException(
                    $"{path}: the secret {section}.{name} of {resource["urn"]?.GetValue<string>()} does not decrypt with this stack's passphrase: the checkpoint was damaged (a bad merge or a hand edit). "
                    + $"Restore it from {path}.bak or the backups folder beside it, then run `refresh` to read the objects back from their provider.");
            }
        }

        return read.ToImmutable();
    }
}
