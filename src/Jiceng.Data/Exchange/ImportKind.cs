namespace Jiceng.Data.Exchange;

/// <summary>
/// One kind of record an import can load (org units, cadres, posts …). A kind is one small class: its columns, a row
/// parser that validates with the product's own validators, the natural key that makes a re-import an update, and the
/// upsert. See <c>README.md</c> in this folder for how to add one.
/// </summary>
public abstract class ImportKind
{
    /// <summary>The kind's name in URLs and on the command line, e.g. <c>cadres</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The kind's Chinese name, e.g. 干部.</summary>
    public abstract string Label { get; }

    /// <summary>What identifies a record across imports, in Chinese (shown in the template's instructions).</summary>
    public abstract string NaturalKey { get; }

    public abstract IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Validates every row and, when <paramref name="apply"/> is true and nothing was refused, writes them.</summary>
    internal abstract Task RunAsync(ImportSession session, IEnumerable<ImportRowReader> rows, bool apply, CancellationToken ct);
}

/// <summary>A row that passed its own checks, with what was parsed from it.</summary>
public sealed record ParsedRow<T>(int Row, T Item);

/// <summary>
/// The typed base of a kind: <see cref="LoadAsync"/> before the rows (lookups the rows need), <see cref="Parse"/> for each
/// row (everything one row can tell), <see cref="Key"/> to find duplicates in the file, <see cref="CheckAsync"/> over the
/// parsed rows (what needs the other rows or the stored records), and <see cref="ApplyAsync"/> to upsert them.
/// </summary>
public abstract class ImportKind<T> : ImportKind
{
    protected virtual Task LoadAsync(ImportSession session, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The row's record, or default when the row was refused (its errors are on <paramref name="row"/>).</summary>
    protected abstract T? Parse(ImportSession session, ImportRowReader row);

    /// <summary>The natural key, compared ordinally: two rows with one key are a duplicate.</summary>
    protected abstract string Key(T item);

    /// <summary>A short Chinese description of the key's value, for the duplicate message.</summary>
    protected virtual string KeyColumn => Columns[0].Header;

    protected virtual Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<T>> rows, CancellationToken ct) => Task.CompletedTask;

    protected abstract Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<T>> rows, CancellationToken ct);

    /// <summary>
    /// Rows per batch when the kind checks and writes a large file batch by batch (set-based lookups per batch, the
    /// created rows written in bulk); null (the default) checks all rows together, then writes them. Batches keep
    /// all-or-nothing: writing stops at the first refusal and the import's transaction is rolled back.
    /// </summary>
    protected virtual int? BatchRows => null;

    internal sealed override async Task RunAsync(ImportSession session, IEnumerable<ImportRowReader> rows, bool apply, CancellationToken ct)
    {
        await LoadAsync(session, ct);
        if (BatchRows is { } size)
        {
            await RunInBatchesAsync(session, rows, apply, size, ct);
            return;
        }

        foreach (var parsed in ParseInBatches(session, rows, int.MaxValue, ct))
        {
            await CheckAndApplyAsync(session, parsed, apply, ct);
        }
    }

    /// <summary>
    /// Parses the rows into batches of <paramref name="size"/> (the last one possibly short or empty), refusing a row
    /// whose natural key an earlier row of the file already had.
    /// </summary>
    private IEnumerable<List<ParsedRow<T>>> ParseInBatches(ImportSession session, IEnumerable<ImportRowReader> rows, int size, CancellationToken ct)
    {
        var parsed = new List<ParsedRow<T>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            session.Counts.Rows++;
            var item = Parse(session, row);
            if (row.Ok && item is not null)
            {
                var key = Key(item);
                if (seen.TryGetValue(key, out var first))
                {
                    row.Error(Columns[0].Key, null, $"与第 {first} 行重复（{NaturalKey}相同）");
                }
                else
                {
                    seen[key] = row.Row;
                    parsed.Add(new ParsedRow<T>(row.Row, item));
                }
            }

            session.Errors.AddRange(row.Errors);
            session.Report(ImportStage.Reading, session.Counts.Rows, 0);
            if (parsed.Count >= size)
            {
                yield return parsed;
                parsed = [];
            }
        }

        yield return parsed;
    }

    /// <summary>
    /// Reading and parsing the file (CPU) overlaps checking and writing the previous batch (the database): one task
    /// parses rows into batches, at most two ahead, while this one checks and writes them in order. <see cref="Parse"/>
    /// of a batched kind must not use the database (the lookups it needs are loaded by <see cref="LoadAsync"/>).
    /// </summary>
    private async Task RunInBatchesAsync(ImportSession session, IEnumerable<ImportRowReader> rows, bool apply, int size, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var batches = System.Threading.Channels.Channel.CreateBounded<List<ParsedRow<T>>>(new System.Threading.Channels.BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failed = null;
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var parsed in ParseInBatches(session, rows, size, stop.Token))
                {
                    await batches.Writer.WriteAsync(parsed, stop.Token);
                }
            }
            catch (Exception e)
            {
                failed = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                batches.Writer.TryComplete();
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(ct))
            {
                await CheckAndApplyAsync(session, batch, apply, ct);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }

        failed?.Throw();
    }

    private async Task CheckAndApplyAsync(ImportSession session, List<ParsedRow<T>> parsed, bool apply, CancellationToken ct)
    {
        await CheckAsync(session, parsed, ct);
        if (apply && session.Errors.Count == 0)
        {
            await ApplyAsync(session, parsed, ct);
        }
    }
}
