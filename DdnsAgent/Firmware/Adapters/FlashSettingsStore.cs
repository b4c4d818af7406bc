using System;
using System.Text;
using DdnsAgent.Configuration;
using nanoFramework.Json;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// The settings as JSON in "settings.json" on I:\, written through <see cref="FlashBlobStore"/> so that a power
    /// cut leaves the old or the new file. nanoFramework.Json matches properties by their declared names (it looks
    /// up "get_" + name), the same names System.Text.Json writes on the host, so both read each other's files.
    /// </summary>
    public sealed class FlashSettingsStore : ISettingsStore
    {
        public const string BlobName = "settings.json";

        private readonly FlashBlobStore _blobs;

        public FlashSettingsStore(FlashBlobStore blobs)
        {
            _blobs = blobs;
        }

        public bool TryLoad(out Settings settings, out string problem)
        {
            settings = null;
            byte[] bytes = _blobs.ReadAll(BlobName);
            if (bytes == null)
            {
                problem = "No configuration is stored yet; set one up on the console.";
                return false;
            }

            try
            {
                string json = Encoding.UTF8.GetString(bytes, 0, bytes.Length);
                settings = JsonConvert.DeserializeObject(json, typeof(Settings)) as Settings;
            }
            catch (Exception)
            {
                // The exception text could quote the file, password included: never pass it on.
                settings = null;
            }

            if (settings == null)
            {
                problem = "The stored configuration is damaged and cannot be read; set it up again on the console.";
                return false;
            }

            problem = null;
            return true;
        }

        public bool TrySave(Settings settings, out string problem)
        {
            byte[] bytes;
            string changed;
            try
            {
                string json = JsonConvert.SerializeObject(settings);
                bytes = Encoding.UTF8.GetBytes(json);

                // nanoFramework.Json escapes only CR, LF and '"' (a '\' is written as it is): read the text
                // back, and refuse what would come back changed, naming the key, instead of storing it.
                Settings back = JsonConvert.DeserializeObject(Encoding.UTF8.GetString(bytes, 0, bytes.Length), typeof(Settings)) as Settings;
                changed = back == null ? "every setting" : SettingsCompare.ChangedKeys(settings, back, Vocabulary.DeviceConsole);
            }
            catch (Exception)
            {
                problem = "The configuration could not be turned into JSON.";
                return false;
            }

            if (changed != null)
            {
                problem = string.Concat("nothing saved: the device's JSON cannot store the value of ", changed, " exactly (a '\\' is one cause); change it with `set`");
                return false;
            }

            if (!_blobs.Write(BlobName, bytes, bytes.Length, out string refused))
            {
                problem = string.Concat(refused, "; the old configuration is kept.");
                return false;
            }

            problem = null;
            return true;
        }

        public void Erase()
        {
            _blobs.Delete(BlobName);
        }
    }
}
