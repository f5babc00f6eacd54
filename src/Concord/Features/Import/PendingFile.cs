namespace Concord.Features.Import;

/// <summary>One file a person uploaded, kept until they save or cancel: its name, whether it is an official text
/// (not a translation), its bytes.</summary>
public sealed record PendingFile(string Name, bool Official, byte[] Bytes);
