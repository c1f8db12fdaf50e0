using Platform.Api.Features.Organizations.Domain;

namespace Platform.UnitTests.Organizations;

public class OrganizationRulesTests
{
    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Australia/Lord_Howe")]
    [InlineData("Asia/Kolkata")]
    [InlineData("Europe/London")]
    [InlineData("UTC")]
    public void Iana_time_zones_are_valid(string timeZone)
    {
        Assert.Null(OrganizationRules.CheckTimeZone(timeZone));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("EST5")]
    [InlineData("america/new_york")]
    [InlineData("Eastern Standard Time")]
    [InlineData("+05:30")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Unknown_time_zones_are_invalid(string? timeZone)
    {
        var error = OrganizationRules.CheckTimeZone(timeZone);

        Assert.NotNull(error);
        Assert.Equal("INVALID_TIME_ZONE", error.Code);
        Assert.Equal("timeZone", error.Field);
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("JPY")]
    [InlineData("GBP")]
    public void Iso_currency_codes_are_valid(string currency)
    {
        Assert.Null(OrganizationRules.CheckCurrency(currency));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("Usd")]
    [InlineData("US")]
    [InlineData("XXXX")]
    [InlineData("ZZZ")]
    [InlineData(" USD")]
    [InlineData("USD\n")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_or_unknown_currencies_are_invalid(string? currency)
    {
        var error = OrganizationRules.CheckCurrency(currency);

        Assert.NotNull(error);
        Assert.Equal("INVALID_CURRENCY", error.Code);
        Assert.Equal("currency", error.Field);
    }

    [Theory]
    [InlineData("member")]
    [InlineData("resident_artist")]
    [InlineData("student2")]
    [InlineData("ab")]
    public void Lower_case_role_keys_are_valid(string key)
    {
        Assert.Null(OrganizationRules.CheckCustomerRoleKey(key));
    }

    [Fact]
    public void Role_key_of_40_characters_is_valid_and_41_is_not()
    {
        Assert.Null(OrganizationRules.CheckCustomerRoleKey(new string('a', 40)));
        Assert.NotNull(OrganizationRules.CheckCustomerRoleKey(new string('a', 41)));
    }

    [Theory]
    [InlineData("public")]
    [InlineData("Member")]
    [InlineData("1abc")]
    [InlineData("_abc")]
    [InlineData("a")]
    [InlineData("resident-artist")]
    [InlineData("resident artist")]
    [InlineData("")]
    [InlineData(null)]
    public void Reserved_or_malformed_role_keys_are_invalid(string? key)
    {
        var error = OrganizationRules.CheckCustomerRoleKey(key);

        Assert.NotNull(error);
        Assert.Equal("INVALID_ROLE_KEY", error.Code);
        Assert.Equal("key", error.Field);
    }

    // BUG (src/Platform.Api/Features/Organizations/OrganizationRules.cs:50): RoleKeyPattern ends in '$', which
    // also matches before a final '\n'; DefineCustomerRoleAsync stores the key untrimmed, so "member\n" becomes a
    // second role and "public\n" slips past the reserved-word check. Anchor with '\z'.
    [Theory]
    [InlineData("member\n")]
    [InlineData("public\n")]
    public void Role_key_with_a_trailing_line_break_is_invalid(string key)
    {
        Assert.NotNull(OrganizationRules.CheckCustomerRoleKey(key));
    }

    [Theory]
    [InlineData("a@b.co")]
    [InlineData("first.last+tag@example.com")]
    [InlineData("user@sub.example.org")]
    public void Plausible_addresses_are_emails(string email)
    {
        Assert.True(OrganizationRules.IsEmail(email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a@b")]
    [InlineData("plainaddress")]
    [InlineData("@example.com")]
    [InlineData("user@")]
    [InlineData("user@@example.com")]
    [InlineData("us er@example.com")]
    [InlineData("user@exa mple.com")]
    public void Implausible_addresses_are_not_emails(string? email)
    {
        Assert.False(OrganizationRules.IsEmail(email));
    }

    [Fact]
    public void Email_longer_than_256_characters_is_rejected()
    {
        var local = new string('a', 64);
        var atLimit = local + "@" + new string('b', 256 - 64 - 1 - 4) + ".com";
        Assert.Equal(256, atLimit.Length);

        Assert.True(OrganizationRules.IsEmail(atLimit));
        Assert.False(OrganizationRules.IsEmail("a" + atLimit));
    }

    // BUG (src/Platform.Api/Features/Organizations/OrganizationRules.cs:53): EmailPattern ends in '$', which also
    // matches before a final '\n'. Callers trim afterwards, so the impact is small. Anchor with '\z'.
    [Fact]
    public void Email_with_a_trailing_line_break_is_rejected()
    {
        Assert.False(OrganizationRules.IsEmail("user@example.com\n"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_names_are_invalid(string? name)
    {
        Assert.Equal("INVALID_NAME", OrganizationRules.CheckName(name)?.Code);
    }

    [Fact]
    public void Name_length_is_measured_after_trimming()
    {
        Assert.Null(OrganizationRules.CheckName("  " + new string('n', 200) + "  "));
        Assert.NotNull(OrganizationRules.CheckName(new string('n', 201)));
    }

    [Theory]
    [InlineData("acme", true)]
    [InlineData("graphql", false)]
    [InlineData("Acme", false)]
    public void Slug_check_follows_tenant_slug_rules(string slug, bool valid)
    {
        var error = OrganizationRules.CheckSlug(slug);

        Assert.Equal(valid, error is null);
        if (!valid) Assert.Equal("INVALID_SLUG", error!.Code);
    }
}
