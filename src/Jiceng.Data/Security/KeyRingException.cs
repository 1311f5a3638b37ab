namespace Jiceng.Data.Security;

/// <summary>A key file or key ring problem: missing, malformed or not matching the database. Never falls back to plaintext.</summary>
public sealed class KeyRingException : Exception
{
    public KeyRingException(string message) : base(message)
    {
    }

    public KeyRingException(string message, Exception inner) : base(message, inner)
    {
    }

    public KeyRingException()
    {
    }
}
