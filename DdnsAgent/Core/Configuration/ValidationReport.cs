using System.Collections;

namespace DdnsAgent.Configuration
{
    /// <summary>Every problem found in the settings, in the order the keys are listed.</summary>
    public sealed class ValidationReport
    {
        private readonly ArrayList _problems = new ArrayList();

        public bool IsValid => _problems.Count == 0;

        public int Count => _problems.Count;

        public SettingProblem this[int index] => (SettingProblem)_problems[index];

        public void Add(string key, string message)
        {
            _problems.Add(new SettingProblem(key, message));
        }

        /// <summary>True when some problem concerns key.</summary>
        public bool Concerns(string key)
        {
            for (int i = 0; i < _problems.Count; i++)
            {
                if (((SettingProblem)_problems[i]).Key == key)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The messages only, joined with "; " (for one key's problems in a console reply).</summary>
        public string MessagesText()
        {
            return Join(false);
        }

        /// <summary>Every problem as "key: message", joined with "; " (for one line in the event log).</summary>
        public string SummaryText()
        {
            return Join(true);
        }

        /// <summary>One "key: message" line per problem, each ending in "\r\n".</summary>
        public override string ToString()
        {
            string text = string.Empty;
            for (int i = 0; i < _problems.Count; i++)
            {
                text = text + _problems[i].ToString() + "\r\n";
            }

            return text;
        }

        private string Join(bool withKeys)
        {
            string text = null;
            for (int i = 0; i < _problems.Count; i++)
            {
                SettingProblem problem = (SettingProblem)_problems[i];
                string item = withKeys ? problem.ToString() : problem.Message;
                text = text == null ? item : text + "; " + item;
            }

            return text;
        }
    }
}
