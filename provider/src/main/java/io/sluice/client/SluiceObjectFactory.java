package io.sluice.client;

import javax.naming.Context;
import javax.naming.Name;
import javax.naming.RefAddr;
import javax.naming.Reference;
import javax.naming.spi.ObjectFactory;
import java.util.Hashtable;

/** Rebuilds a {@link SluiceConnectionFactory} or {@link SluiceXAConnectionFactory} from the JNDI reference it bound itself as. */
public final class SluiceObjectFactory implements ObjectFactory {

    @Override
    public Object getObjectInstance(Object obj, Name name, Context nameCtx, Hashtable<?, ?> environment) {
        if (obj instanceof Reference reference) {
            RefAddr url = reference.get(SluiceConnectionFactory.URL_ADDRESS);
            if (url != null && SluiceConnectionFactory.class.getName().equals(reference.getClassName())) {
                return new SluiceConnectionFactory((String) url.getContent());
            }
            if (url != null && SluiceXAConnectionFactory.class.getName().equals(reference.getClassName())) {
                return new SluiceXAConnectionFactory((String) url.getContent());
            }
        }
        // ObjectFactory contract: null lets JNDI try the next factory
        return null;
    }
}
