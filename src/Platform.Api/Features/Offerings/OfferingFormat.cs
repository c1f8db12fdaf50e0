namespace Platform.Api.Features.Offerings;

public enum OfferingFormat
{
    /// <summary>One customer (party) per slot.</summary>
    OneToOne,

    /// <summary>Many customers share an occurrence up to its capacity.</summary>
    Group,
}
