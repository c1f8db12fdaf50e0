namespace Platform.Api.Data;

/// <summary>Configuration section <c>Seed</c>: demo data for development (<c>./platform up</c> turns it on).</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the demo organization, its people, catalog and bookings when the API starts.</summary>
    public bool Demo { get; set; }

    /// <summary>The demo accounts' password.</summary>
    [System.ComponentModel.DataAnnotations.Required]
    [System.ComponentModel.DataAnnotations.MinLength(10)]
    public string DemoPassword { get; set; } = DemoSeeder.DefaultPassword;
}
