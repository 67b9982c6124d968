package io.sluice.transaction;

import com.arjuna.ats.arjuna.recovery.RecoveryManager;
import com.arjuna.ats.internal.jta.recovery.arjunacore.XARecoveryModule;
import io.sluice.client.SluiceXAConnectionFactory;

import java.nio.file.Path;

/**
 * The transaction manager restarted after the crash: Narayana's recovery manager, with Sluice's recovery helper and
 * H2's, completes what the crashed process left in doubt. Arguments: object store, H2 directory, broker URL.
 */
public final class JtaRecoveryChild {
    static final String DONE = "recovery passes done";

    private JtaRecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        NarayanaSetup.configure(Path.of(args[0]));
        RecoveryManager manager = RecoveryManager.manager(RecoveryManager.DIRECT_MANAGEMENT);
        XARecoveryModule xaRecovery = XARecoveryModule.getRegisteredXARecoveryModule();
        SluiceXAResourceRecoveryHelper sluice = new SluiceXAResourceRecoveryHelper(new SluiceXAConnectionFactory(args[2]));
        H2RecoveryHelper h2 = new H2RecoveryHelper(Orders.dataSource(Path.of(args[1])));
        xaRecovery.addXAResourceRecoveryHelper(sluice);
        xaRecovery.addXAResourceRecoveryHelper(h2);
        // the XA module's first pass lists in-doubt branches, its second completes them
        manager.scan();
        manager.scan();
        manager.terminate();
        sluice.close();
        h2.close();
        System.out.println(DONE);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
