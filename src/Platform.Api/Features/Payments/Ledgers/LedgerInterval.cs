namespace Platform.Api.Features.Payments.Ledgers;

public enum LedgerInterval
{
    Day,
    Week,
    Month,
}
