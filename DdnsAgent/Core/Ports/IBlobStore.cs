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

        /// <summary>
        /// Replaces the blob with the first count bytes of data. False when the medium refused; problem then says
        /// where and why in plain words (the file's path and the cause, such as "read-only file system" or "no
        /// space left on device"), and is null on success.
        /// </summary>
        bool Write(string name, byte[] data, int count, out string problem);

        /// <summary>Removes the blob if it exists.</summary>
        void Delete(string name);
    }
}
