package io.sluice.jndi;

import io.sluice.message.SluiceQueue;
import io.sluice.message.SluiceTopic;

import javax.naming.Binding;
import javax.naming.CompositeName;
import javax.naming.Context;
import javax.naming.InvalidNameException;
import javax.naming.Name;
import javax.naming.NameAlreadyBoundException;
import javax.naming.NameClassPair;
import javax.naming.NameNotFoundException;
import javax.naming.NameParser;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.NotContextException;
import javax.naming.OperationNotSupportedException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * A flat, in-memory naming context: what the environment declared, plus whatever the application binds
 * into this context instance. It has no subcontexts; {@code dynamicQueues/<name>} and
 * {@code dynamicTopics/<name>} are resolved on lookup.
 */
final class SluiceNamingContext implements Context {

    private static final String DYNAMIC_QUEUES = "dynamicQueues/";
    private static final String DYNAMIC_TOPICS = "dynamicTopics/";
    private static final NameParser PARSER = CompositeName::new;

    private final Hashtable<Object, Object> environment;
    private final Map<String, Object> bindings;

    SluiceNamingContext(Hashtable<Object, Object> environment, Map<String, Object> bindings) {
        this.environment = environment;
        this.bindings = new ConcurrentSkipListMap<>(bindings);
    }

    @Override
    public Object lookup(String name) throws NamingException {
        if (name.isEmpty()) {
            return new SluiceNamingContext(new Hashtable<>(environment), bindings);
        }
        Object bound = bindings.get(name);
        if (bound != null) {
            return bound;
        }
        if (name.startsWith(DYNAMIC_QUEUES) && name.length() > DYNAMIC_QUEUES.length()) {
            return new SluiceQueue(name.substring(DYNAMIC_QUEUES.length()));
        }
        if (name.startsWith(DYNAMIC_TOPICS) && name.length() > DYNAMIC_TOPICS.length()) {
            return new SluiceTopic(name.substring(DYNAMIC_TOPICS.length()));
        }
        throw new NameNotFoundException(name + " is not bound; declare it as connectionFactory." + name
                + ", queue." + name + " or topic." + name + " in the JNDI environment or jndi.properties");
    }

    @Override
    public Object lookup(Name name) throws NamingException {
        return lookup(name.toString());
    }

    @Override
    public void bind(String name, Object object) throws NamingException {
        checkName(name);
        if (bindings.putIfAbsent(name, object) != null) {
            throw new NameAlreadyBoundException(name + " is already bound");
        }
    }

    @Override
    public void bind(Name name, Object object) throws NamingException {
        bind(name.toString(), object);
    }

    @Override
    public void rebind(String name, Object object) throws NamingException {
        checkName(name);
        bindings.put(name, object);
    }

    @Override
    public void rebind(Name name, Object object) throws NamingException {
        rebind(name.toString(), object);
    }

    @Override
    public void unbind(String name) {
        bindings.remove(name);
    }

    @Override
    public void unbind(Name name) {
        unbind(name.toString());
    }

    @Override
    public void rename(String oldName, String newName) throws NamingException {
        checkName(newName);
        Object bound = lookup(oldName);
        if (bindings.putIfAbsent(newName, bound) != null) {
            throw new NameAlreadyBoundException(newName + " is already bound");
        }
        bindings.remove(oldName);
    }

    @Override
    public void rename(Name oldName, Name newName) throws NamingException {
        rename(oldName.toString(), newName.toString());
    }

    @Override
    public NamingEnumeration<NameClassPair> list(String name) throws NamingException {
        checkIsThisContext(name);
        return enumerate(entry -> new NameClassPair(entry.getKey(), entry.getValue().getClass().getName()));
    }

    @Override
    public NamingEnumeration<NameClassPair> list(Name name) throws NamingException {
        return list(name.toString());
    }

    @Override
    public NamingEnumeration<Binding> listBindings(String name) throws NamingException {
        checkIsThisContext(name);
        return enumerate(entry -> new Binding(entry.getKey(), entry.getValue()));
    }

    @Override
    public NamingEnumeration<Binding> listBindings(Name name) throws NamingException {
        return listBindings(name.toString());
    }

    @Override
    public void destroySubcontext(String name) throws NamingException {
        throw new OperationNotSupportedException("the Sluice naming context is flat: it has no subcontexts");
    }

    @Override
    public void destroySubcontext(Name name) throws NamingException {
        destroySubcontext(name.toString());
    }

    @Override
    public Context createSubcontext(String name) throws NamingException {
        throw new OperationNotSupportedException("the Sluice naming context is flat: it has no subcontexts");
    }

    @Override
    public Context createSubcontext(Name name) throws NamingException {
        return createSubcontext(name.toString());
    }

    @Override
    public Object lookupLink(String name) throws NamingException {
        return lookup(name);
    }

    @Override
    public Object lookupLink(Name name) throws NamingException {
        return lookup(name);
    }

    @Override
    public NameParser getNameParser(String name) {
        return PARSER;
    }

    @Override
    public NameParser getNameParser(Name name) {
        return PARSER;
    }

    @Override
    public Name composeName(Name name, Name prefix) throws NamingException {
        return ((Name) prefix.clone()).addAll(name);
    }

    @Override
    public String composeName(String name, String prefix) throws NamingException {
        return composeName(new CompositeName(name), new CompositeName(prefix)).toString();
    }

    @Override
    public Object addToEnvironment(String property, Object value) {
        return environment.put(property, value);
    }

    @Override
    public Object removeFromEnvironment(String property) {
        return environment.remove(property);
    }

    @Override
    public Hashtable<?, ?> getEnvironment() {
        return new Hashtable<>(environment);
    }

    @Override
    public void close() {
        // nothing is held open: connection factories connect only when asked
    }

    @Override
    public String getNameInNamespace() {
        return "";
    }

    private static void checkName(String name) throws InvalidNameException {
        if (name == null || name.isEmpty()) {
            throw new InvalidNameException("an empty name cannot be bound");
        }
    }

    private void checkIsThisContext(String name) throws NamingException {
        if (!name.isEmpty()) {
            if (bindings.containsKey(name)) {
                throw new NotContextException(name + " is not a context");
            }
            throw new NameNotFoundException(name + " is not bound");
        }
    }

    private <T> NamingEnumeration<T> enumerate(Function<Map.Entry<String, Object>, T> mapper) {
        List<T> items = new ArrayList<>();
        bindings.entrySet().forEach(entry -> items.add(mapper.apply(entry)));
        return new ListEnumeration<>(items);
    }

    private static final class ListEnumeration<T> implements NamingEnumeration<T> {
        private final Iterator<T> items;

        ListEnumeration(List<T> items) {
            this.items = items.iterator();
        }

        @Override
        public T next() {
            return items.next();
        }

        @Override
        public boolean hasMore() {
            return items.hasNext();
        }

        @Override
        public void close() {
        }

        @Override
        public boolean hasMoreElements() {
            return hasMore();
        }

        @Override
        public T nextElement() {
            return next();
        }
    }
}
