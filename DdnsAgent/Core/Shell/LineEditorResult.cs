namespace DdnsAgent.Shell
{
    /// <summary>What a byte fed to the <see cref="LineEditor"/> did.</summary>
    public enum LineEditorResult : byte
    {
        /// <summary>The line is still being typed (or the byte was refused).</summary>
        None = 0,

        /// <summary>Enter was pressed; take the line with <see cref="LineEditor.TakeLine"/>.</summary>
        LineCompleted,

        /// <summary>Ctrl-C: the line was thrown away.</summary>
        Cancelled,

        /// <summary>Enter ended a line that cannot be used (too long, not UTF-8): the editor said why; nothing to run.</summary>
        Discarded,
    }
}
