package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/internal/render"
	"github.com/contra-project/contra/internal/schedule"
)

func (m *Main) scheduleCommand() *cobra.Command {
	var once, list bool
	var base string
	var format render.Format
	cmd := &cobra.Command{
		Use:   "schedule",
		Short: "Run the report jobs of the configuration on their cron schedules",
		Long: `Run the report jobs defined under reports: in contra.yaml until SIGINT or SIGTERM
(a run in progress is finished first). Each job's last successful window is kept in the
store, so since: last-run survives restarts and never skips or repeats a window.

--once runs every due job once and exits (for system cron or a Kubernetes CronJob);
--list prints the jobs and their next run times.`,
		Example: `  contra schedule --list
  contra schedule --once --config /srv/contra/contra.yaml
  contra schedule --base /srv/contra`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			jobs := make([]schedule.Job, len(m.cfg.Reports))
			for i, r := range m.cfg.Reports {
				jobs[i] = schedule.Job{Name: r.Name, Cron: r.Cron, Topics: r.Topics, Since: r.Since, Formats: r.Formats, Out: r.Out, Keep: r.Keep}
				for j, t := range jobs[i].Topics {
					jobs[i].Topics[j] = m.canonTopic(t)
				}
			}
			if err := schedule.ParseJobs(jobs); err != nil {
				return usageError{fmt.Errorf("reports: %w", err)}
			}
			if len(jobs) == 0 {
				return usageError{fmt.Errorf("no report jobs configured (add reports: to contra.yaml)")}
			}
			if cmd.Flags().Changed("output") && !list {
				return usageError{fmt.Errorf("-o/--output applies to --list only")}
			}
			ctx := cmd.Context()
			// A service asked to stop while it is still opening the store
			// (waiting for a writer's turn on a busy machine) has stopped
			// as asked, as it would between runs: exit 0, not "interrupted".
			stopped := func(err error) error {
				if !once && !list && ctx.Err() != nil && errors.Is(err, context.Canceled) {
					m.logger.Info("schedule stopped before its first run")
					return nil
				}
				return err
			}
			s, err := m.open(ctx)
			if err != nil {
				return stopped(err)
			}
			if err := m.checkJobTopics(ctx, s, jobs); err != nil {
				return stopped(err)
			}
			js, ok := s.(schedule.Store)
			if !ok {
				return fmt.Errorf("schedule: the %s store keeps no job state", m.cfg.Store)
			}
			sch, err := schedule.New(js, jobs, schedule.Options{Logger: m.logger, BaseDir: base})
			if err != nil {
				return err
			}
			switch {
			case list:
				if err := sch.Refresh(ctx); err != nil {
					return err
				}
				var js []render.Job
				for _, st := range sch.List(time.Now()) {
					js = append(js, render.Job{Name: st.Name, Cron: st.Cron, LastRun: st.LastRun, NextRun: st.Next})
				}
				return m.table(false).Jobs(m.Stdout, format, js)
			case once:
				return sch.Once(ctx)
			}
			return sch.Run(ctx)
		},
	}
	cmd.Flags().BoolVar(&once, "once", false, "run every due job once and exit")
	cmd.Flags().BoolVar(&list, "list", false, "print the jobs and their next run times")
	cmd.Flags().StringVar(&base, "base", ".", "directory that relative out: paths are under")
	outputFlag(cmd, &format, render.TabularFormats...)
	return cmd
}
