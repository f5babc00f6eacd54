return Concord.Cli.Run(args, Console.Out, Console.Error);
