using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Platform.IntegrationTests.GraphQLSurface;

/// <summary>
/// Hostile values for every GraphQL input type, from FsCheck generators: strings with NULs, lone
/// surrogates, control characters and 20,000-character runs; dates from year 1 to 9999 and not dates at
/// all; integers at their limits; ids of real rows or garbage. Written as JSON by hand, because a JSON
/// serializer would refuse (or repair) the lone surrogates that are the point.
/// </summary>
public sealed class FuzzValues(IReadOnlyList<string> ids, IReadOnlyDictionary<string, JsonNode> types)
{
    private static readonly Gen<string> Strings = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        Gen.Elements("", " ", "\0", "a\0b", "\ud800", "x\udfffy", "\ud83d", "\u202e\u0007\u001b[31m", "'; DROP TABLE bookings; --",
            "Europe/London", "USD", "public"),
        Gen.Elements('a', '\0', '\ud800', 'é', "🏃"[0]).Select(c => new string(c, 20_000)),
        Gen.Choose(1, 40).Select(n => $"user-{n}@example.test"));

    private static readonly Gen<string> Dates = Gen.OneOf(
        Gen.Elements("0001-01-01", "9999-12-31", "1899-12-31", "3000-01-01", "2026-02-30", "not-a-date", ""),
        Gen.Choose(1, 9999).SelectMany(y => Gen.Choose(1, 12), (y, m) => $"{y:0000}-{m:00}-01"),
        Gen.Choose(-3, 400).Select(d => DateTime.UtcNow.Date.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Instants = Gen.OneOf(
        Gen.Elements("0001-01-01T00:00:00Z", "9999-12-31T23:00:00Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
            "1970-01-01T00:00:00Z", "garbage"),
        Gen.Choose(1, 9999).Select(y => $"{y:0000}-06-15T12:00:00Z"),
        Gen.Choose(-48, 24 * 400).Select(h =>
            DateTimeOffset.UtcNow.Date.AddHours(h).ToString("yyyy-MM-dd'T'HH':'mm':'ssK", CultureInfo.InvariantCulture)));

    private static readonly Gen<long> Integers = Gen.OneOf(
        Gen.Elements(int.MinValue, -1L, 0L, 1L, 2L, 30L, 60L, 1440L, int.MaxValue),
        Gen.Choose(-1000, 100_000).Select(i => (long)i));

    /// <summary>A JSON value for a type reference from introspection (kind, name, ofType).</summary>
    public string For(JsonNode typeRef, int depth = 0)
    {
        var kind = typeRef["kind"]!.GetValue<string>();
        if (kind == "NON_NULL") return For(typeRef["ofType"]!, depth);
        if (One(Gen.Frequency((1, Gen.Constant(true)), (12, Gen.Constant(false))))) return "null";
        if (kind == "LIST")
            return "[" + string.Join(",", Enumerable.Range(0, One(Gen.Choose(0, 2))).Select(_ => For(typeRef["ofType"]!, depth + 1))) + "]";

        var name = typeRef["name"]!.GetValue<string>();
        return kind switch
        {
            "ENUM" => Quote(One(Gen.Elements(types[name]["enumValues"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).ToArray()))),
            "INPUT_OBJECT" => depth > 4 ? "null" : InputObject(types[name], depth),
            _ => Scalar(name),
        };
    }

    private string InputObject(JsonNode type, int depth)
    {
        var fields = type["inputFields"]!.AsArray()
            .Where(f => f!["type"]!["kind"]!.GetValue<string>() == "NON_NULL" || One(Gen.Elements(true, true, false)))
            .Select(f => Quote(f!["name"]!.GetValue<string>()) + ":" + For(f["type"]!, depth + 1));
        return "{" + string.Join(",", fields) + "}";
    }

    private string Scalar(string name) => name switch
    {
        "String" => Quote(One(Strings)),
        "ID" => Quote(One(Gen.Frequency((4, Gen.Elements(ids.ToArray())), (1, Strings)))),
        "Int" => Math.Clamp(One(Integers), int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture),
        "Long" => One(Gen.OneOf(Integers, Gen.Constant(long.MaxValue))).ToString(CultureInfo.InvariantCulture),
        "Boolean" => One(Gen.Elements("true", "false")),
        "DateOnly" => Quote(One(Dates)),
        "DateTimeOffset" => Quote(One(Instants)),
        _ => Quote(One(Strings)),
    };

    private static T One<T>(Gen<T> gen) => gen.Sample(30, 1)[0];

    /// <summary>A JSON string literal escaping every non-ASCII or control character, so a lone surrogate travels as \ud800.</summary>
    public static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') json.Append('\\').Append(c);
            else if (c < 0x20 || c > 0x7e) json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else json.Append(c);
        }

        return json.Append('"').ToString();
    }
}
