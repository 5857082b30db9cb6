using StellaIac.Cli;
using StellaIac.Engine.PulumiHost;
using StellaIac.Infra;

// Started by Pulumi's language host (`pulumi up`): no arguments, the engine's addresses in PULUMI_* variables.
// Otherwise the embedded CLI: `dotnet run --project infra -- up --stack local`.
return PulumiEnvironment.StartedByLanguageHost(args, Environment.GetEnvironmentVariable)
    ? await PulumiLanguageHost.RunAsync(StellaIacProgram.UnderPulumiAsync, Environment.GetEnvironmentVariable, Console.Error)
    : await CliHost.RunAsync(args, StellaIacProgram.Definition);
