namespace StellaIac.Infra;

/// <summary>The <c>stella-iac:</c> config the program reads beyond the key and goLive, as objects in the stack file.</summary>
internal sealed record IntegrationSettings
{
    /// <summary>e.g. [{"kind":"chat","status":"solved"},{"kind":"email"},{"kind":"phone","includeCti":true},{"kind":"custom","name":"SMS","viaIds":[57]}].</summary>
    public IReadOnlyList<ChannelSetting> Channels { get; init; } = [new() { Kind = "email" }, new() { Kind = "phone" }, new() { Kind = "chat" }];

    public IReadOnlyList<ExclusionSetting> Exclusions { get; init; } = [];

    public sealed record ChannelSetting
    {
        public required string Kind { get; init; }

        public string? Status { get; init; }

        public string? Name { get; init; }

        public IReadOnlyList<int> ViaIds { get; init; } = [];

        public bool IncludeCti { get; init; }

        /// <summary>Tags a ticket must carry for the survey (the seed's additional business logic).</summary>
        public IReadOnlyList<string> RequireTags { get; init; } = [];
    }

    public sealed record ExclusionSetting
    {
        public string? Title { get; init; }

        /// <summary>Any of these tags excludes the ticket.</summary>
        public IReadOnlyList<string> Tags { get; init; } = [];
    }
}
