using System.Reflection;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>A resource of a program: a type token, a name, a URN that follows its parents, and outputs bound once it is registered.</summary>
public abstract class Resource
{
    private protected Resource(string type, string name, bool custom, ResourceArgs? args, ResourceOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Type = type;
        Name = name;
        Options = options ?? new ResourceOptions();
        var deployment = Deployment.Current;
        var parent = Options.Parent ?? (type == Program.Urn.StackType ? null : deployment.DefaultParent);
        Parent = parent;
        QualifiedType = parent is null || parent.Type == Program.Urn.StackType ? type : $"{parent.QualifiedType}${type}";
        UrnText = Program.Urn.Create(deployment.StackName, deployment.ProjectName, QualifiedType, name);
        Registration = deployment.Register(this, custom, args ?? ResourceArgs.Empty, Options);
        Urn = Bind(r => OutputValues.Known(r.Urn));
        BindDeclaredOutputs();
    }

    /// <summary>A resource registered elsewhere (a Construct's parent, in the calling program): known by its URN, never registered here.</summary>
    private protected Resource(string urn)
    {
        Type = Program.Urn.Type(urn);
        Name = Program.Urn.Name(urn);
        Options = new ResourceOptions();
        QualifiedType = Program.Urn.QualifiedType(urn);
        UrnText = urn;
        Registration = Task.FromResult(new RegisterResourceResult(urn, PropertyValue.Null, PropertyMap.Empty));
        Urn = Bind(r => OutputValues.Known(r.Urn));
    }

    public string Type { get; }

    public string Name { get; }

    public Output<string> Urn { get; }

    public ResourceOptions Options { get; }

    internal Resource? Parent { get; }

    internal string QualifiedType { get; }

    internal string UrnText { get; }

    internal Task<RegisterResourceResult> Registration { get; }

    public override string ToString() => UrnText;

    /// <summary>An output read from the registration; if the registration fails, the output fails as a failed dependency.</summary>
    private protected Output<T> Bind<T>(Func<RegisterResourceResult, OutputData<T>> read)
        => new(Registration.ContinueWith(
            t => t.IsCompletedSuccessfully
                ? read(t.Result) with { Resources = [this] }
                : throw new ResourceFailedException(UrnText, t.Exception?.InnerException ?? new OperationCanceledException()),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default));

    private void BindDeclaredOutputs()
    {
        foreach (var property in GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (property.GetCustomAttribute<OutputAttribute>() is not { } attribute)
            {
                continue;
            }

            if (!property.PropertyType.IsGenericType || property.PropertyType.GetGenericTypeDefinition() != typeof(Output<>) || property.SetMethod is null)
            {
                throw new InvalidOperationException($"{GetType().Name}.{property.Name} is marked [Output] but is not a settable Output<T>.");
            }

            var valueType = property.PropertyType.GetGenericArguments()[0];
            var bind = typeof(Resource).GetMethod(nameof(BindProperty), BindingFlags.Instance | BindingFlags.NonPublic)!.MakeGenericMethod(valueType);
            property.SetValue(this, bind.Invoke(this, [attribute.Name]));
        }
    }

    private Output<T> BindProperty<T>(string name)
        => Bind(r => r.Outputs.TryGetValue(name, out var value) ? OutputValues.Read<T>(value) : OutputValues.Missing<T>(r));
}
