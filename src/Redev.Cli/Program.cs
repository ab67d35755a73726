using Redev.Cli;

return await Cli.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
