package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/internal/extract"
)

func (m *Main) evalCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "eval DIR",
		Short: "Score the article extractor against hand-labelled .gold.json files",
		Long: `Run the extraction pipeline over every article in DIR that has a NAME.gold.json
beside it and print, per file and in total, precision, recall and F1 for (a) speaker
attribution of claims and (b) accusation triples (accuser side, accused side, topic).`,
		Example: "  contra eval ../shared/corpus/dev",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := extract.Evaluate(cmd.Context(), extract.New(m.tax), args[0])
			if err != nil {
				return fmt.Errorf("eval %s: %w", args[0], err)
			}
			rep.Print(m.Stdout)
			return nil
		},
	}
}
