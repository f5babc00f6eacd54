namespace Concord.Data.Storage;

/// <summary>The register cannot be opened or migrated; the message says where and why, for a person.</summary>
public sealed class RegisterUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
