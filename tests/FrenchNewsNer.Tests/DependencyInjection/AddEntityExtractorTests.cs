using FrenchNewsNer.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace FrenchNewsNer.Tests.DependencyInjection;

/// <summary><c>services.AddEntityExtractor(...)</c>: one configured singleton, built once.</summary>
public class AddEntityExtractorTests
{
    [Fact]
    public void The_extractor_is_a_singleton_built_once_with_the_configuration()
    {
        var builds = 0;
        var services = new ServiceCollection();
        services.AddEntityExtractor(builder =>
        {
            builds++;
            builder.WithKinds(EntityKindSet.Of(EntityKind.Organization, EntityKind.Quantity))
                .AddPattern(EntityPattern.Phrase(EntityKind.Organization, "Soleil Levant"))
                .AddUnit("Go", "GB", QuantityDimension.Other, 1e9);
        });
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var first = provider.GetRequiredService<IEntityExtractor>();
        var second = provider.GetRequiredService<IEntityExtractor>();
        using (var scope = provider.CreateScope())
        {
            Assert.Same(first, scope.ServiceProvider.GetRequiredService<IEntityExtractor>());
        }

        Assert.Same(first, second);
        Assert.Same(first, provider.GetRequiredService<EntityExtractor>());
        Assert.Equal(1, builds);
        Assert.Equal(EntityKindSet.Of(EntityKind.Organization, EntityKind.Quantity), first.Kinds);

        var result = first.Extract("Le collectif Soleil Levant stocke 5 Go par abonné.");
        Assert.Contains(result.Entities, e => e is { Kind: EntityKind.Organization, Text: "Soleil Levant" });
        Assert.Contains(result.Entities, e => e is { Kind: EntityKind.Quantity, Text: "5 Go" });
    }

    [Fact]
    public void The_configuration_can_read_other_services_and_a_second_call_keeps_the_first()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new ExcludedNames("Gazprom"));
        services.AddEntityExtractor((provider, builder) => builder.Exclude(provider.GetRequiredService<ExcludedNames>().Name));
        services.AddEntityExtractor(builder => throw new InvalidOperationException("never called: the first registration stays"));
        using var provider = services.BuildServiceProvider();

        var result = provider.GetRequiredService<IEntityExtractor>().Extract("Selon Gazprom, le Kremlin a tort.");
        Assert.DoesNotContain(result.Entities, e => e.Text == "Gazprom");
        Assert.Contains(result.Entities, e => e.Text == "Kremlin");
    }

    [Fact]
    public void Without_configuration_it_is_the_default_extractor()
    {
        using var provider = new ServiceCollection().AddEntityExtractor().BuildServiceProvider();
        Assert.Equal(EntityKindSet.All, provider.GetRequiredService<IEntityExtractor>().Kinds);
        Assert.Throws<ArgumentNullException>(() => EntityExtractorServiceCollectionExtensions.AddEntityExtractor(null!));
    }

    private sealed record ExcludedNames(string Name);
}
