using System.Globalization;

namespace Platform.Api.Features.Payments.Domain.Money;

/// <summary>
/// The data behind <see cref="Currencies"/>: ISO 4217 minor units and Stripe's rules for charges, as written on
/// https://docs.stripe.com/currencies (sections #presentment-currencies, #zero-decimal, #three-decimal,
/// #special-cases, #minimum-and-maximum-charge-amounts). Kept as plain lists so a change on Stripe's page is a
/// one-word edit here.
/// </summary>
internal static class CurrencyTable
{
    /// <summary>
    /// Active ISO 4217 codes by minor units (list one of the maintenance agency; funds, precious metals and
    /// codes without minor units left out). ANG stays while it circulates beside its successor XCG.
    /// </summary>
    public static readonly IReadOnlyDictionary<int, string> IsoByMinorUnits = new Dictionary<int, string>
    {
        [0] = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF",
        [2] = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF
            CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF
            IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN
            MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS
            SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG
            """,
        [3] = "BHD IQD JOD KWD LYD OMR TND",
        [4] = "CLF UYW",
    };

    /// <summary>
    /// Stripe's presentment currencies for card payments (#presentment-currencies), plus the three-decimal ones it
    /// presents to accounts in the Gulf. STD is Stripe's code for the dobra (ISO replaced it by STN in 2018).
    /// </summary>
    public const string StripePresentment = """
        USD AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BIF BMD BND BOB BRL BSD BWP BYN BZD CAD CDF CHF CLP CNY
        COP CRC CVE CZK DJF DKK DOP DZD EGP ETB EUR FJD FKP GBP GEL GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR ISK JMD
        JPY KES KGS KHR KMF KRW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MUR MVR MWK MXN MYR MZN NAD NGN NIO
        NOK NPR NZD PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SEK SGD SHP SLE SOS SRD STD SZL THB TJS TOP
        TRY TTD TWD TZS UAH UGX UYU UZS VND VUV WST XAF XCD XOF XPF YER ZAR ZMW BHD JOD KWD OMR TND
        """;

    /// <summary>
    /// #zero-decimal: amounts are whole units. UGX is on this list too, but #special-cases (the more specific
    /// rule, with a worked example: "to charge 5 UGX, provide an amount value of 500") wins, see below.
    /// </summary>
    public const string StripeZeroDecimal = "BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF VND VUV XAF XOF XPF";

    /// <summary>#three-decimal: thousandths, but "the least-significant (last) digit [must] be 0" (multiples of 10).</summary>
    public const string StripeThreeDecimal = "BHD JOD KWD OMR TND";

    /// <summary>
    /// #special-cases: ISK and UGX are charged in whole units written with two decimals ("The amount value must
    /// be evenly divisible by 100"). HUF and TWD are special only for payouts; their charges are two-decimal.
    /// </summary>
    public const string StripeWholeUnitsInHundredths = "ISK UGX";

    /// <summary>
    /// Stripe's minimum charge per settlement currency (#minimum-and-maximum-charge-amounts), in major units.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, decimal> StripeMinimums = Parse("""
        USD 0.50 AED 2.00 AUD 0.50 BGN 1.00 BRL 0.50 CAD 0.50 CHF 0.50 CZK 15.00 DKK 2.50 EUR 0.50 GBP 0.30 HKD 4.00
        HUF 175.00 INR 0.50 JPY 50 MXN 10 MYR 2 NOK 3.00 NZD 0.50 PLN 2.00 RON 2.00 SEK 3.00 SGD 0.50 THB 10
        """);

    /// <summary>
    /// Our own minimum for the presentment currencies Stripe's table leaves out, in major units. Stripe converts
    /// such a charge to the settlement currency and applies that currency's minimum (at most about USD 0.65 in its
    /// table), and we cannot know the rate on the day. So: the first round figure (1, 2 or 5 × 10ⁿ) at or above
    /// about USD 1 at 2025 rates, and one step higher for currencies that lost much of their value in recent years
    /// (ARS, AOA, EGP, ETB, LBP, MWK, NGN, RUB, SLE, TRY). Refusing a price of a few cents too many is a small cost;
    /// a price Stripe then refuses at payment time leaves a customer unable to pay.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, decimal> ConservativeMinimums = Parse("""
        AFN 100 ALL 100 AMD 500 ANG 2 AOA 2000 ARS 5000 AWG 2 AZN 2 BAM 2 BBD 2 BDT 200 BHD 0.5 BIF 5000 BMD 1 BND 2
        BOB 10 BSD 1 BWP 20 BYN 5 BZD 2 CDF 5000 CLP 1000 CNY 10 COP 5000 CRC 1000 CVE 200 DJF 200 DOP 100 DZD 200
        EGP 200 ETB 500 FJD 5 FKP 1 GEL 5 GIP 1 GMD 100 GNF 10000 GTQ 10 GYD 500 HNL 50 HTG 200 IDR 20000 ILS 5
        ISK 200 JMD 200 JOD 1 KES 200 KGS 100 KHR 5000 KMF 500 KRW 2000 KWD 0.5 KYD 1 KZT 1000 LAK 50000
        LBP 200000 LKR 500 LRD 200 LSL 20 MAD 10 MDL 20 MGA 5000 MKD 100 MMK 5000 MNT 5000 MOP 10 MUR 50 MVR 20
        MWK 5000 MZN 100 NAD 20 NGN 5000 NIO 50 NPR 200 OMR 0.5 PAB 1 PEN 5 PGK 5 PHP 100 PKR 500 PYG 10000 QAR 5
        RSD 200 RUB 200 RWF 2000 SAR 5 SBD 10 SCR 20 SHP 1 SLE 100 SOS 1000 SRD 50 STD 50000 SZL 20 TJS 20 TND 5
        TOP 5 TRY 100 TTD 10 TWD 50 TZS 5000 UAH 50 UGX 5000 UYU 50 UZS 20000 VND 50000 VUV 200 WST 5 XAF 1000
        XCD 5 XOF 1000 XPF 200 YER 500 ZAR 20 ZMW 50
        """);

    /// <summary>
    /// #minimum-and-maximum-charge-amounts: the amount field holds up to twelve digits for IDR and eight for every
    /// other currency. Newer card rules allow more, but eight digits (999,999.99 USD) is what every method takes.
    /// </summary>
    public const int MaximumDigits = 8;

    public const int MaximumDigitsIdr = 12;

    public static IEnumerable<string> Codes(string list) => list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, decimal> Parse(string pairs)
    {
        var words = Codes(pairs).ToArray();
        return Enumerable.Range(0, words.Length / 2)
            .ToDictionary(i => words[2 * i], i => decimal.Parse(words[(2 * i) + 1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
