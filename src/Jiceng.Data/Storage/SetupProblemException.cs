namespace Jiceng.Data.Storage;

/// <summary>
/// The machine is not set up as the app needs (files open to other users, a database not migrated, a missing file):
/// an expected condition whose Chinese <see cref="Exception.Message"/> says what to do. Hosts print the message alone,
/// without a stack trace; the CLI exits with its environment code.
/// </summary>
public sealed class SetupProblemException(string message) : Exception(message);
