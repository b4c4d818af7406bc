namespace DdnsAgent.Ports
{
    /// <summary>
    /// Small named files in flash or on disk. A write may be cut short by a power loss; callers that
    /// need atomicity (the persistent state) protect themselves with checksums and two slots.
    /// </summary>
    public interface IBlobStore
    {
        /// <summary>Copies the blob into buffer; returns its length, or -1 when it does not exist or is larger than buffer.</summary>
        int Read(string name, byte[] buffer);

        /// <summary>Replaces the blob with the first count bytes of data; false when the medium refused.</summary>
        bool Write(string name, byte[] data, int count);

        /// <summary>Removes the blob if it exists.</summary>
        void Delete(string name);
    }
}
