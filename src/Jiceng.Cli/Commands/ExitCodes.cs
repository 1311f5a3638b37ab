namespace Jiceng.Cli.Commands;

/// <summary>The tool's exit codes, documented in the README: scripts may rely on them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input was checked and refused (an invalid ID number, a profile with problems, a broken audit chain, no profile in force).</summary>
    public const int Refused = 1;

    /// <summary>The command line is wrong: an unknown command or option, a bad value, a named file that cannot be read.</summary>
    public const int Usage = 2;

    /// <summary>The machine is not ready: database not created or not current, key file missing or wrong, files open to others, database unreachable.</summary>
    public const int Environment = 3;

    /// <summary>An unexpected failure, logged with an id that the message shows (EX_SOFTWARE).</summary>
    public const int Unexpected = 70;
}

/// <summary>An expected refusal with its exit code: the tool prints the Chinese message alone, no stack trace.</summary>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
