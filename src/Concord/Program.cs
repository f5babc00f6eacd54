using System.Text;

// Vietnamese and Japanese must reach the terminal intact whatever the console's defaults are.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Concord.Cli.Run(args, Console.In, Console.Out, Console.Error);
