using NodaTime;
using Npgsql;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Domain;

/// <summary>Input rules of the booking flows: pure, so each limit is unit-tested.</summary>
public static class BookingRules
{
    public const int MaxParticipantName = 200;

    public static UserError? CheckDuration(Offering offering, int? minutes) =>
        minutes is { } m && !offering.DurationsMinutes.Contains(m)
            ? new UserError(
                "INVALID_DURATION",
                $"This offering lasts {string.Join(", ", offering.DurationsMinutes)} minutes.",
                "durationMinutes"
            )
            : null;

    public static Duration LengthOf(Offering offering, int? minutes) => Duration.FromMinutes(minutes ?? offering.DurationsMinutes.Min());

    public static UserError? CheckSeats(Offering offering, int seats) =>
        seats < 1 || seats > offering.Capacity
            ? new UserError(
                "INVALID_SEATS",
                offering.Format == OfferingFormat.OneToOne
                    ? "A one-to-one booking has one seat."
                    : $"Seats must be 1 to {offering.Capacity}.",
                "seats"
            )
            : null;

    /// <summary>Names (1–200 characters) and optional valid emails, at most one participant per seat.</summary>
    public static (List<Participant>? Participants, UserError? Error) CheckParticipants(IReadOnlyList<ParticipantInput>? input, int seats)
    {
        if (input is null || input.Count == 0)
            return ([], null);
        if (input.Count > seats)
            return (null, new UserError("TOO_MANY_PARTICIPANTS", $"At most one participant per seat ({seats}).", "participants"));
        var participants = new List<Participant>();
        foreach (var p in input)
        {
            var name = p.Name?.Trim() ?? "";
            if (name.Length is 0 or > MaxParticipantName)
                return (
                    null,
                    new UserError("INVALID_PARTICIPANT", "Each participant needs a name of 1 to 200 characters.", "participants")
                );
            var email = string.IsNullOrWhiteSpace(p.Email) ? null : p.Email.Trim().ToLowerInvariant();
            if (email is not null && !OrganizationRules.IsEmail(email))
                return (null, new UserError("INVALID_PARTICIPANT", $"'{p.Email}' is not an email address.", "participants"));
            participants.Add(new Participant(name, email));
        }
        return (participants, null);
    }

    /// <summary>When a booking awaiting its host expires: the organization's deadline, never later than the start.</summary>
    public static DateTimeOffset ConfirmationDeadline(DateTimeOffset now, DateTimeOffset start, int confirmationMinutes)
    {
        var deadline = now.AddMinutes(confirmationMinutes);
        return deadline < start ? deadline : start;
    }

    /// <summary>
    /// A deadlock or serialization failure anywhere in the exception's chain (EF wraps them twice):
    /// nothing was written, and the same request may simply run again.
    /// </summary>
    public static bool IsTransientConflict(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
                return true;
        return false;
    }

    public static UserError TransientConflict() =>
        new("CONCURRENT_CHANGE", "Someone changed the same bookings at the same moment; nothing was saved. Try again.");
}
