namespace Jiceng.Data.Cadres;

public static class AgeBands
{
    /// <summary>The band's ages in full years, both ends included.</summary>
    public static (int Min, int Max) Range(this AgeBand band) => band switch
    {
        AgeBand.UpTo35 => (0, 35),
        AgeBand.From36To45 => (36, 45),
        AgeBand.From46To55 => (46, 55),
        AgeBand.From56 => (56, 150),
    };

    public static bool Contains(this AgeBand band, int age) => band.Range() is var (min, max) && age >= min && age <= max;
}
