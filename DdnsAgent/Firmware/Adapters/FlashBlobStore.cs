using System;
using System.IO;
using DdnsAgent.Ports;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// Blobs as files on the internal flash drive I:\ (littlefs). A write goes to "name.new" first, then the
    /// old file is deleted and the new one moved into place, because File.Move refuses an existing target
    /// and there is no File.Replace. A power cut can therefore leave three states, which <see cref="Recover"/>
    /// sorts out at boot.
    /// </summary>
    public sealed class FlashBlobStore : IBlobStore
    {
        public const string InternalDrive = "I:\\";

        private const string PendingSuffix = ".new";

        private readonly string _root;

        public FlashBlobStore(string root)
        {
            _root = root;
        }

        public int Read(string name, byte[] buffer)
        {
            try
            {
                string path = PathOf(name);
                if (!File.Exists(path))
                {
                    return -1;
                }

                using (FileStream file = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    long length = file.Length;
                    if (length > buffer.Length)
                    {
                        return -1;
                    }

                    return ReadFully(file, buffer, (int)length);
                }
            }
            catch (Exception)
            {
                return -1;
            }
        }

        /// <summary>Reads a whole blob of unknown size; null when it does not exist or cannot be read.</summary>
        public byte[] ReadAll(string name)
        {
            try
            {
                string path = PathOf(name);
                if (!File.Exists(path))
                {
                    return null;
                }

                using (FileStream file = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    byte[] content = new byte[(int)file.Length];
                    int read = ReadFully(file, content, content.Length);
                    return read == content.Length ? content : null;
                }
            }
            catch (Exception)
            {
                return null;
            }
        }

        public bool Write(string name, byte[] data, int count, out string problem)
        {
            string path = PathOf(name);
            string pending = path + PendingSuffix;
            try
            {
                File.Delete(pending);
                using (FileStream file = new FileStream(pending, FileMode.Create, FileAccess.Write))
                {
                    file.Write(data, 0, count);
                    file.Flush();
                }

                // A power cut between these two lines leaves only "name.new": Recover moves it into place.
                File.Delete(path);
                File.Move(pending, path);
                problem = null;
                return true;
            }
            catch (Exception ex)
            {
                // littlefs says little: the message, when there is one, and the likely causes.
                string cause = ex.Message;
                problem = string.Concat(
                    "the flash drive refused the write of ",
                    path,
                    cause == null || cause.Length == 0 ? string.Empty : string.Concat(" (", cause, ")"),
                    ": full or worn out");
                return false;
            }
        }

        public void Delete(string name)
        {
            string path = PathOf(name);
            try
            {
                File.Delete(path);
                File.Delete(path + PendingSuffix);
            }
            catch (Exception)
            {
                // Nothing useful to do: the next write replaces whatever is left.
            }
        }

        /// <summary>
        /// Finishes or discards writes a power cut interrupted. Only "name.new" left: the cut came after the old
        /// file was deleted, so the new one is complete; move it into place. Both left: the cut came before the
        /// delete, so "name.new" may be half written; keep the target and drop it. Either choice is safe because
        /// the persistent state keeps two checksummed slots and accepts whichever of them is valid.
        /// Returns how many files it moved or deleted.
        /// </summary>
        public int Recover()
        {
            int repaired = 0;
            string[] files;
            try
            {
                files = Directory.GetFiles(_root);
            }
            catch (Exception)
            {
                return 0;
            }

            for (int i = 0; i < files.Length; i++)
            {
                string pending = files[i];
                if (!pending.EndsWith(PendingSuffix))
                {
                    continue;
                }

                string target = pending.Substring(0, pending.Length - PendingSuffix.Length);
                try
                {
                    if (File.Exists(target))
                    {
                        File.Delete(pending);
                    }
                    else
                    {
                        File.Move(pending, target);
                    }

                    repaired++;
                }
                catch (Exception)
                {
                    // Leave it for the next boot rather than lose a file.
                }
            }

            return repaired;
        }

        private string PathOf(string name)
        {
            return _root + name;
        }

        private static int ReadFully(FileStream file, byte[] buffer, int length)
        {
            int total = 0;
            while (total < length)
            {
                int read = file.Read(buffer, total, length - total);
                if (read <= 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
    }
}
