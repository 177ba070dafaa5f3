package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/internal/extract"
)

func (m *Main) evalCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "eval DIR",
		Short: "Score the article extractor against hand-labelled gold files",
		Long: `Run the extraction pipeline over the gold-labelled articles in DIR and print how
well its claims agree with the labels.

NAME.gold.json beside NAME.txt (claim gold): per file and in total, precision, recall
and F1 for (a) speaker attribution of claims and (b) accusation triples (accuser side,
accused side, topic), then contradiction recall. Topics are compared as labelled: a
claim's topic matches a gold topic when they name the same taxonomy topic outright or
the words of one are among the words of the other.

NAME.attr.json anywhere under DIR (PolNeAR-style attribution gold, its article found
by base name under DIR): content precision, recall and F1 and source accuracy, with
exactly the matching rules of shared/tools/score_attr.py, ending with its summary line.`,
		Example: "  contra eval ../shared/corpus/dev\n  contra eval ../shared/data/polnear/dev",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			x := extract.New(m.tax)
			rep, err := extract.Evaluate(cmd.Context(), x, args[0])
			if err != nil {
				return fmt.Errorf("eval %s: %w", args[0], err)
			}
			attr, err := extract.EvaluateAttributions(cmd.Context(), x, args[0])
			if err != nil {
				return fmt.Errorf("eval %s: %w", args[0], err)
			}
			if len(rep.Files) == 0 && attr == nil {
				return usageError{fmt.Errorf("eval %s: no NAME.gold.json or NAME.attr.json gold files", args[0])}
			}
			if len(rep.Files) > 0 {
				rep.Print(m.Stdout)
			}
			if attr != nil {
				if len(rep.Files) > 0 {
					fmt.Fprintln(m.Stdout)
				}
				attr.Score.Print(m.Stdout)
			}
			return nil
		},
	}
}
