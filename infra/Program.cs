using StellaIac.Cli;
using StellaIac.Infra;

return await CliHost.RunAsync(args, StellaIacProgram.Definition);
