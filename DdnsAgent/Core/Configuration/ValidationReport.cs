using System.Collections;

namespace DdnsAgent.Configuration
{
    /// <summary>Every problem found in the settings, in the order the keys are listed, named in the words of one surface.</summary>
    public sealed class ValidationReport
    {
        private readonly ArrayList _problems = new ArrayList();

        /// <summary>A report in console words.</summary>
        public ValidationReport() : this(Vocabulary.DeviceConsole) { }

        public ValidationReport(Vocabulary words)
        {
            Words = words;
        }

        /// <summary>The surface the messages are written for.</summary>
        public Vocabulary Words { get; }

        public bool IsValid => _problems.Count == 0;

        public int Count => _problems.Count;

        public SettingProblem this[int index] => (SettingProblem)_problems[index];

        public void Add(SettingId id, string message)
        {
            _problems.Add(new SettingProblem(id, Words.Key(id), message));
        }

        /// <summary>True when some problem concerns the setting.</summary>
        public bool Concerns(SettingId id)
        {
            for (int i = 0; i < _problems.Count; i++)
            {
                if (((SettingProblem)_problems[i]).Id == id)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when some problem concerns key (as the surface names it).</summary>
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
