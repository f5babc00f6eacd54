namespace Concord;

public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        error.WriteLine("concord: not yet");
        return 2;
    }
}
