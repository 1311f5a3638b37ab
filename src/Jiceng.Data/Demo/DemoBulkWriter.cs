using System.Data.Common;
using System.Linq.Expressions;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Jiceng.Data.Demo;

/// <summary>
/// Writes generated datasets through the databases' bulk paths, one dataset (a district) at a time, so a province is
/// never in memory whole: PostgreSQL binary COPY per table, SQLite one prepared INSERT per table in one transaction per
/// dataset. The rows are exactly what EF would write: the columns, value converters (the ID number's encryption) and
/// parameter types come from the EF model, and the blind index of the ID number from the context's key ring.
/// Keys are given here (the next after the table's largest), foreign keys follow the navigations, and each unit's
/// path is its parent's and its own id. Objects whose key is already set are taken as written (a district's city).
/// </summary>
public sealed class DemoBulkWriter : IAsyncDisposable
{
    private readonly JicengDbContext _db;
    private readonly DbConnection _connection;
    private readonly bool _postgres;
    private readonly Dictionary<IEntityType, TableShape> _tables = [];
    private readonly Dictionary<(object Entity, IProperty Property), object?> _shadow = new(ShadowKeyComparer.Instance);

    private DemoBulkWriter(JicengDbContext db, DbConnection connection)
    {
        _db = db;
        _connection = connection;
        _postgres = connection is NpgsqlConnection;
    }

    /// <summary>Rows written so far, all tables.</summary>
    public long Rows { get; private set; }

    /// <summary>
    /// How a cadre's blind index is computed; an import sets it to its per-batch memo so a number is hashed once for
    /// the lookup, the row and its audit entry (HMAC-SM3 in managed code is a large share of a bulk write).
    /// </summary>
    public Func<Cadre, string>? BlindIndexOf { get; set; }

    /// <summary>Rows written so far per table.</summary>
    public IReadOnlyDictionary<string, long> RowsByTable => _tables.Values.ToDictionary(t => t.Table, t => t.Rows, StringComparer.Ordinal);

    public static async Task<DemoBulkWriter> OpenAsync(JicengDbContext db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        return new DemoBulkWriter(db, db.Database.GetDbConnection());
    }

    /// <summary>Writes every entity reachable from the dataset's lists that has no key yet, in one transaction.</summary>
    public async Task WriteAsync(DemoDataset data, CancellationToken ct = default)
    {
        var byType = Collect(data);
        foreach (var (type, entities) in byType)
        {
            var shape = await ShapeAsync(type, ct);
            foreach (var entity in entities)
            {
                shape.Key.Set(entity, ++shape.LastId);
            }
        }

        foreach (var (type, entities) in byType)
        {
            foreach (var entity in entities)
            {
                LinkForeignKeys(type, entity);
            }
        }

        if (byType.TryGetValue(_db.Model.FindEntityType(typeof(OrgUnit))!, out var units))
        {
            foreach (OrgUnit unit in units)
            {
                unit.Path = unit.Parent is null ? $"/{unit.Id}/" : $"{unit.Parent.Path}{unit.Id}/";
            }
        }

        await using var tx = await _connection.BeginTransactionAsync(ct);
        foreach (var type in InsertOrder(byType.Keys))
        {
            var shape = _tables[type];
            var rows = byType[type];
            if (_postgres)
            {
                await CopyAsync(shape, rows, ct);
            }
            else
            {
                Insert(shape, rows, tx);
            }

            shape.Rows += rows.Count;
            Rows += rows.Count;
        }

        await tx.CommitAsync(ct);
        _shadow.Clear();
    }

    /// <summary>
    /// Inserts new entities of one type inside the context's current transaction (an import's), through the same bulk
    /// paths. Keys are given here (the next after the table's largest) unless <paramref name="keysGiven"/>; foreign keys
    /// must be set on the entities (navigations are not followed). The caller holds the audit chain's lock (every
    /// audited writer takes it), so no other writer adds rows to the table meanwhile; call <see cref="FinishAsync"/> after.
    /// </summary>
    public async Task InsertAsync(IReadOnlyList<object> entities, bool keysGiven, CancellationToken ct = default)
    {
        if (entities.Count == 0)
        {
            return;
        }

        var tx = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("InsertAsync writes inside the context's transaction; begin one first.");
        var type = _db.Model.FindRuntimeEntityType(entities[0].GetType())
            ?? throw new InvalidOperationException($"{entities[0].GetType().Name} is not an entity of the model.");
        var shape = await ShapeAsync(type, ct);
        foreach (var entity in entities)
        {
            if (keysGiven)
            {
                shape.LastId = Math.Max(shape.LastId, Convert.ToInt64(shape.Key.Property.GetGetter().GetClrValue(entity), System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                shape.Key.Set(entity, ++shape.LastId);
            }
        }

        if (_postgres)
        {
            await CopyAsync(shape, entities, ct);
        }
        else
        {
            Insert(shape, entities, tx);
        }

        shape.Rows += entities.Count;
        Rows += entities.Count;
    }

    /// <summary>On PostgreSQL, moves each identity sequence past the ids given here, so later EF inserts get fresh keys.</summary>
    public async Task FinishAsync(CancellationToken ct = default)
    {
        if (!_postgres)
        {
            return;
        }

        foreach (var shape in _tables.Values.Where(s => s.Rows > 0))
        {
            await using var cmd = _connection.CreateCommand();
            cmd.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            cmd.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{shape.Table}\"', '{shape.Key.Column}'), {shape.LastId})";
            await cmd.ExecuteScalarAsync(ct);
        }
    }

    public async ValueTask DisposeAsync() => await _db.Database.CloseConnectionAsync();

    /// <summary>Every entity reachable from the dataset through navigations, by entity type; parents before children.</summary>
    private Dictionary<IEntityType, List<object>> Collect(DemoDataset data)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var byType = new Dictionary<IEntityType, List<object>>();
        var stack = new Stack<object>();
        IEnumerable<object>[] roots =
        [
            data.OrgUnits, data.Terms, data.Cadres, data.Posts, data.Exemptions, data.ReserveMemberships, data.Establishments,
            data.Positions, data.Agencies, data.Ranks, data.RankQuotas, data.Moves, data.Wishes, data.Trainings,
            data.Secondments, data.CandidatePoolEntries, data.Commendations, data.Grades, data.Awards, data.Disbursements, data.TownshipAssessments,
            data.Sanctions, data.ToleranceCases, data.Accusations,
            data.ResponsibilityItems, data.AssignedTasks, data.InspectionPlanItems, data.Inspections, data.BurdenCounts,
            data.PartyMembers, data.RecruitmentPlans, data.ReserveRecords, data.SpecialPosts,
            data.AssessmentSchemes,
            data.Insurances, data.Incomes, data.RewardPayments, data.Fallen, data.Facilities, data.HousingUnits, data.Occupancies,
            data.SubsidyPayments, data.AnnualLeaves, data.Postings, data.TripClaims,
            data.CareRecords,
        ];
        foreach (var root in roots.SelectMany(r => r))
        {
            stack.Push(root);
        }

        while (stack.TryPop(out var entity))
        {
            if (!seen.Add(entity))
            {
                continue;
            }

            var type = _db.Model.FindRuntimeEntityType(entity.GetType())
                ?? throw new InvalidOperationException($"{entity.GetType().Name} is not an entity of the model.");
            if (type.GetSkipNavigations().Any() || type.GetComplexProperties().Any())
            {
                throw new NotSupportedException($"The bulk writer does not write {type.DisplayName()} (skip navigations or complex properties).");
            }

            if (!IsNew(type, entity))
            {
                continue;
            }

            if (!byType.TryGetValue(type, out var list))
            {
                byType[type] = list = [];
            }

            list.Add(entity);
            foreach (var navigation in type.GetNavigations())
            {
                switch (navigation.GetGetter().GetClrValue(entity))
                {
                    case null:
                        break;
                    case System.Collections.IEnumerable many when navigation.IsCollection:
                        foreach (var item in many)
                        {
                            stack.Push(item);
                        }

                        break;
                    case var one:
                        stack.Push(one);
                        break;
                }
            }
        }

        // A self-reference (a unit's parent) is checked row by row on SQLite: parents go first.
        foreach (var (type, list) in byType)
        {
            var self = type.GetForeignKeys().Where(f => f.PrincipalEntityType == type && f.DependentToPrincipal is not null).ToList();
            if (self.Count > 0)
            {
                byType[type] = [.. list.OrderBy(e => Depth(e, self[0].DependentToPrincipal!))];
            }
        }

        return byType;
    }

    private static int Depth(object entity, INavigation toParent)
    {
        var depth = 0;
        for (var parent = toParent.GetGetter().GetClrValue(entity); parent is not null; parent = toParent.GetGetter().GetClrValue(parent))
        {
            depth++;
        }

        return depth;
    }

    private static bool IsNew(IEntityType type, object entity)
    {
        var key = type.FindPrimaryKey()!.Properties[0];
        return Convert.ToInt64(key.GetGetter().GetClrValue(entity), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>Sets the foreign keys of <paramref name="entity"/> from its principals, and of its dependents from it.</summary>
    private void LinkForeignKeys(IEntityType type, object entity)
    {
        foreach (var navigation in type.GetNavigations())
        {
            var value = navigation.GetGetter().GetClrValue(entity);
            if (value is null)
            {
                continue;
            }

            var fk = navigation.ForeignKey;
            if (navigation.IsOnDependent)
            {
                SetForeignKey(fk, entity, value);
            }
            else if (navigation.IsCollection)
            {
                foreach (var dependent in (System.Collections.IEnumerable)value)
                {
                    SetForeignKey(fk, dependent, entity);
                }
            }
            else
            {
                SetForeignKey(fk, value, entity);
            }
        }
    }

    private void SetForeignKey(IForeignKey fk, object dependent, object principal)
    {
        for (var i = 0; i < fk.Properties.Count; i++)
        {
            var key = fk.PrincipalKey.Properties[i].GetGetter().GetClrValue(principal);
            var property = fk.Properties[i];
            if (property.IsShadowProperty())
            {
                _shadow[(dependent, property)] = key;
            }
            else if (property.PropertyInfo is { } info)
            {
                info.SetValue(dependent, key);
            }
            else
            {
                property.FieldInfo!.SetValue(dependent, key);
            }
        }
    }

    /// <summary>Principal tables before their dependents (foreign keys are checked as rows arrive).</summary>
    private static List<IEntityType> InsertOrder(IEnumerable<IEntityType> types)
    {
        var pending = types.ToHashSet();
        var order = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending
                .Where(t => !t.GetForeignKeys().Any(f => f.PrincipalEntityType != t && pending.Contains(f.PrincipalEntityType)))
                .OrderBy(t => t.GetTableName(), StringComparer.Ordinal)
                .ToList();
            if (ready.Count == 0)
            {
                throw new NotSupportedException("The bulk writer cannot order tables whose foreign keys form a cycle: " + string.Join(", ", pending.Select(t => t.GetTableName())));
            }

            order.AddRange(ready);
            pending.ExceptWith(ready);
        }

        return order;
    }

    private async Task<TableShape> ShapeAsync(IEntityType type, CancellationToken ct)
    {
        if (_tables.TryGetValue(type, out var shape))
        {
            return shape;
        }

        var table = type.GetTableName() ?? throw new NotSupportedException($"{type.DisplayName()} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var columns = type.GetProperties()
            .Where(p => p.GetColumnName(store) is not null && p.GetComputedColumnSql() is null)
            .Select(p => new Column(p, p.GetColumnName(store)!, p.GetRelationalTypeMapping(), Getter(type, p)))
            .ToList();
        var key = type.FindPrimaryKey()!.Properties;
        if (key.Count != 1 || key[0].ClrType != typeof(int) && key[0].ClrType != typeof(long))
        {
            throw new NotSupportedException($"{type.DisplayName()}: the bulk writer gives single integer keys only.");
        }

        await using (var cmd = _connection.CreateCommand())
        {
            cmd.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            cmd.CommandText = $"SELECT COALESCE(MAX(\"{key[0].GetColumnName(store)}\"), 0) FROM \"{table}\"";
            var max = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            shape = new TableShape(table, columns, new KeyColumn(key[0], key[0].GetColumnName(store)!)) { LastId = max };
        }

        _tables[type] = shape;
        return shape;
    }

    /// <summary>A compiled reader of the property's CLR value; shadow properties are looked up by <see cref="Value"/>.</summary>
    private static Func<object, object?>? Getter(IEntityType type, IProperty property)
    {
        if (property.IsShadowProperty())
        {
            return null;
        }

        var entity = Expression.Parameter(typeof(object));
        var typed = Expression.Convert(entity, type.ClrType);
        Expression member = property.PropertyInfo is { } info ? Expression.Property(typed, info) : Expression.Field(typed, property.FieldInfo!);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(member, typeof(object)), entity).Compile();
    }

    /// <summary>The value EF would send for the column: the CLR value through the mapping's converter.</summary>
    private object? Value(Column column, object entity)
    {
        object? value;
        if (column.Get is { } get)
        {
            value = get(entity);
        }
        else if (string.Equals(column.Property.Name, IdNumberMapping.IndexProperty, StringComparison.Ordinal) && entity is Cadre cadre)
        {
            value = BlindIndexOf is { } of ? of(cadre) : _db.KeyRing.BlindIndex(cadre.IdNumber);
        }
        else if (string.Equals(column.Property.Name, IdNumberMapping.MaskedProperty, StringComparison.Ordinal) && entity is Cadre masked)
        {
            value = masked.IdNumber.Masked;
        }
        else if (column.Property == column.Property.DeclaringType.ContainingEntityType.FindDiscriminatorProperty())
        {
            value = column.Property.DeclaringType.ContainingEntityType.GetDiscriminatorValue();
        }
        else if (column.Property.IsForeignKey())
        {
            value = _shadow.GetValueOrDefault((entity, column.Property));
        }
        else
        {
            throw new NotSupportedException($"The bulk writer does not know the shadow property {column.Property.DeclaringType.DisplayName()}.{column.Property.Name}.");
        }

        return value is null ? null : column.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    private void Insert(TableShape shape, IReadOnlyList<object> rows, DbTransaction tx)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        var names = string.Join(", ", shape.Columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", shape.Columns.Select((_, i) => $"@p{i}"));
        cmd.CommandText = $"INSERT INTO \"{shape.Table}\" ({names}) VALUES ({values})";
        var parameters = shape.Columns.Select((c, i) =>
        {
            var p = c.Mapping.CreateParameter(cmd, $"@p{i}", null, nullable: true);
            cmd.Parameters.Add(p);
            return p;
        }).ToArray();
        cmd.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = Value(shape.Columns[i], row) ?? DBNull.Value;
            }

            cmd.ExecuteNonQuery();
        }
    }

    private async Task CopyAsync(TableShape shape, IReadOnlyList<object> rows, CancellationToken ct)
    {
        var types = shape.NpgsqlTypes ??= shape.Columns.Select(c =>
        {
            using var cmd = new NpgsqlCommand();
            return ((NpgsqlParameter)c.Mapping.CreateParameter(cmd, "p", null, nullable: true)).NpgsqlDbType;
        }).ToArray();
        var names = string.Join(", ", shape.Columns.Select(c => $"\"{c.Name}\""));
        await using var importer = await ((NpgsqlConnection)_connection).BeginBinaryImportAsync($"COPY \"{shape.Table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < types.Length; i++)
            {
                var value = Value(shape.Columns[i], row);
                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(value, types[i], ct);
                }
            }
        }

        await importer.CompleteAsync(ct);
    }

    private sealed record Column(IProperty Property, string Name, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping Mapping, Func<object, object?>? Get);

    private sealed record KeyColumn(IProperty Property, string Column)
    {
        public void Set(object entity, long id)
        {
            object value = Property.ClrType == typeof(int) ? (object)checked((int)id) : id;
            if (Property.PropertyInfo is { } info)
            {
                info.SetValue(entity, value);
            }
            else
            {
                Property.FieldInfo!.SetValue(entity, value);
            }
        }
    }

    private sealed class TableShape(string table, List<Column> columns, KeyColumn key)
    {
        public string Table { get; } = table;

        public List<Column> Columns { get; } = columns;

        public KeyColumn Key { get; } = key;

        public long LastId { get; set; }

        public long Rows { get; set; }

        public NpgsqlDbType[]? NpgsqlTypes { get; set; }
    }

    private sealed class ShadowKeyComparer : IEqualityComparer<(object Entity, IProperty Property)>
    {
        public static readonly ShadowKeyComparer Instance = new();

        public bool Equals((object Entity, IProperty Property) x, (object Entity, IProperty Property) y) =>
            ReferenceEquals(x.Entity, y.Entity) && ReferenceEquals(x.Property, y.Property);

        public int GetHashCode((object Entity, IProperty Property) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Entity), obj.Property);
    }
}
