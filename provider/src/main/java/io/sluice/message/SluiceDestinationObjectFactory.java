package io.sluice.message;

import javax.naming.Context;
import javax.naming.Name;
import javax.naming.RefAddr;
import javax.naming.Reference;
import javax.naming.spi.ObjectFactory;
import java.util.Hashtable;

/** Rebuilds a {@link SluiceDestination} bound in a JNDI directory from its {@link Reference}. */
public final class SluiceDestinationObjectFactory implements ObjectFactory {

    /**
     * @return the destination, or null (as JNDI expects of a factory) when {@code object} is not the reference
     *         of a Sluice destination
     * @throws IllegalArgumentException when the reference names a Sluice destination but is incomplete
     */
    @Override
    public Object getObjectInstance(Object object, Name name, Context context, Hashtable<?, ?> environment) {
        if (!(object instanceof Reference reference)
                || !SluiceDestinationObjectFactory.class.getName().equals(reference.getFactoryClassName())) {
            return null;
        }
        String kind = address(reference, SluiceDestination.KIND_ADDRESS);
        String destinationName = address(reference, SluiceDestination.NAME_ADDRESS);
        if (kind == null || destinationName == null) {
            throw new IllegalArgumentException("the reference " + reference
                    + " lacks the kind or name of the destination");
        }
        return SluiceDestination.create(DestinationKind.valueOf(kind), destinationName,
                address(reference, SluiceDestination.CONNECTION_ADDRESS));
    }

    private static String address(Reference reference, String type) {
        RefAddr address = reference.get(type);
        return address == null ? null : (String) address.getContent();
    }
}
