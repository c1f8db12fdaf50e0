namespace Platform.Api.GraphQL.Scalars;

/// <summary>
/// An input value Platform refuses on purpose. GraphQL.NET wraps it in its variable error ("Variable '$x.name'
/// is invalid"); the masking error provider appends this message, which says why, to that one.
/// </summary>
public sealed class InputRejectedException(string message) : FormatException(message);
