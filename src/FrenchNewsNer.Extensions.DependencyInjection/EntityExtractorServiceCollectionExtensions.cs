using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrenchNewsNer.Extensions.DependencyInjection;

/// <summary>Registers a FrenchNewsNer <see cref="IEntityExtractor"/> in an <see cref="IServiceCollection"/>.</summary>
public static class EntityExtractorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEntityExtractor"/> (and <see cref="EntityExtractor"/>) as one singleton, built
    /// on first use with a new <see cref="EntityExtractorBuilder"/> that <paramref name="configure"/> sets
    /// up. The extractor is immutable and thread-safe; building it reads the gazetteers, so it happens once.
    /// A second call does not replace the first registration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the builder (kinds, gazetteers, patterns, exclusions, units); null for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddEntityExtractor(this IServiceCollection services, Action<EntityExtractorBuilder>? configure = null) =>
        services.AddEntityExtractor(configure is null ? null : (_, builder) => configure(builder));

    /// <summary>
    /// Registers <see cref="IEntityExtractor"/> as one singleton, built on first use; <paramref name="configure"/>
    /// may read other services (options, a file provider) to set the builder up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the builder from the service provider; null for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddEntityExtractor(this IServiceCollection services, Action<IServiceProvider, EntityExtractorBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider =>
        {
            var builder = new EntityExtractorBuilder();
            configure?.Invoke(provider, builder);
            return builder.Build();
        });

        // One instance behind both service types: the interface resolves to the concrete singleton.
        services.TryAddSingleton<IEntityExtractor>(provider => provider.GetRequiredService<EntityExtractor>());
        return services;
    }
}
