package io.sluice.transaction;

import com.arjuna.ats.arjuna.common.ObjectStoreEnvironmentBean;
import com.arjuna.ats.arjuna.common.arjPropertyManager;
import com.arjuna.ats.arjuna.common.recoveryPropertyManager;
import com.arjuna.ats.jta.common.jtaPropertyManager;
import com.arjuna.common.internal.util.propertyservice.BeanPopulator;

import java.nio.file.Path;
import java.util.List;

/** Configures Narayana in this JVM (its configuration is per JVM): object store, node name, quick recovery passes. */
final class NarayanaSetup {
    static final String NODE = "sluice-test-node";

    private NarayanaSetup() {
    }

    static void configure(Path objectStore) throws Exception {
        String directory = objectStore.toAbsolutePath().toString();
        BeanPopulator.getDefaultInstance(ObjectStoreEnvironmentBean.class).setObjectStoreDir(directory);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "communicationStore").setObjectStoreDir(directory);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "stateStore").setObjectStoreDir(directory);
        arjPropertyManager.getCoreEnvironmentBean().setNodeIdentifier(NODE);
        jtaPropertyManager.getJTAEnvironmentBean().setXaRecoveryNodes(List.of(NODE));
        // a branch without a transaction log is presumed aborted at once: the test's clock is short
        jtaPropertyManager.getJTAEnvironmentBean().setOrphanSafetyInterval(0);
        recoveryPropertyManager.getRecoveryEnvironmentBean().setRecoveryBackoffPeriod(1);
        recoveryPropertyManager.getRecoveryEnvironmentBean().setRecoveryModuleClassNames(List.of(
                "com.arjuna.ats.internal.arjuna.recovery.AtomicActionRecoveryModule",
                "com.arjuna.ats.internal.jta.recovery.arjunacore.XARecoveryModule"));
        recoveryPropertyManager.getRecoveryEnvironmentBean().setExpiryScannerClassNames(List.of());
    }
}
