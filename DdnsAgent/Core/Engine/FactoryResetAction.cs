namespace DdnsAgent.Engine
{
    /// <summary>What a factory reset does beyond erasing the settings: erase the state, back to provisioning.</summary>
    public delegate void FactoryResetAction();
}
