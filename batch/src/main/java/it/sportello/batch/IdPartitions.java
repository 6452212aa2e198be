package it.sportello.batch;

import java.util.Properties;
import java.util.stream.IntStream;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.platform.database.IdSlice;

/**
 * Splits a step over {@link IdReader} ids into {@code partitions} partitions running side by side,
 * each on its own {@link IdSlice} (partition property {@code slice}). The count is a job parameter
 * fixed when the run starts, so a restarted run has the same partitions and each goes on from its
 * own checkpoint.
 */
@Dependent
@Named
public class IdPartitions implements PartitionMapper {

    /** How many partitions (mapper property {@code partitions}); one when absent. */
    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int count = partitions == null || partitions.isBlank() ? 1 : Integer.parseInt(partitions.trim());
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(IntStream.range(0, count)
                .mapToObj(index -> {
                    Properties properties = new Properties();
                    properties.setProperty("slice", new IdSlice(index, count).toString());
                    return properties;
                })
                .toArray(Properties[]::new));
        return plan;
    }
}
