using DdnsAgent.Protocol;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// The hostnames an endpoint updates, checked and copied once at configuration time, with the
    /// Authorization value each request needs: shared, or per host where the hostname is the user name.
    /// </summary>
    internal sealed class PreparedHosts
    {
        private readonly string[] _names;
        private readonly string[] _authorizations;
        private readonly string _sharedAuthorization;

        private PreparedHosts(string[] names, string[] authorizations, string sharedAuthorization)
        {
            _names = names;
            _authorizations = authorizations;
            _sharedAuthorization = sharedAuthorization;
        }

        public int Count => _names.Length;

        public string NameAt(int index) => _names[index];

        /// <summary>The Authorization value of a request whose first host is at this index.</summary>
        public string AuthorizationFor(int index) => _authorizations != null ? _authorizations[index] : _sharedAuthorization;

        /// <summary>Reports every bad name, each with the key. An endpoint that sends no hostname (INWX) takes exactly one.</summary>
        public static bool TryCreate(UpdateEndpoint endpoint, string[] hostnames, out PreparedHosts hosts, out string error)
        {
            hosts = null;
            error = null;
            if (hostnames == null || hostnames.Length == 0)
            {
                error = "{hostnames}: none given";
                return false;
            }

            if (!endpoint.SendsHostname && hostnames.Length != 1)
            {
                error = "{hostnames}: this provider binds the account to one name: give exactly one";
                return false;
            }

            for (int i = 0; i < hostnames.Length; i++)
            {
                string problem = Hostnames.Problem(hostnames[i]);
                if (problem != null)
                {
                    string item = "{hostnames}: " + problem;
                    error = error == null ? item : error + "; " + item;
                }
            }

            if (error != null)
            {
                return false;
            }

            var names = new string[hostnames.Length];
            var authorizations = endpoint.UsernameIsHostname ? new string[hostnames.Length] : null;
            for (int i = 0; i < hostnames.Length; i++)
            {
                names[i] = hostnames[i];
                if (authorizations != null)
                {
                    authorizations[i] = endpoint.AuthorizationFor(hostnames[i]);
                }
            }

            hosts = new PreparedHosts(names, authorizations, endpoint.SharedAuthorization);
            return true;
        }
    }
}
