namespace StellaIac.StellaConnect.Channels;

public enum ChannelKind
{
    Chat,
    Email,
    Phone,
    Custom,
}
